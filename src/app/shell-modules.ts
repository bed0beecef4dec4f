import { loadAntdFirstScreenStyles } from '../shared/ui/antd-first-screen'

/**
 * antd's provider, once antd's prepared styles are in the page: antd reads which styles are
 * prepared once, when it first draws, so they have to be there before anything built with antd is.
 */
export const antdProviderModule = () =>
  Promise.all([import('../shared/ui/antd-provider'), loadAntdFirstScreenStyles()]).then(
    ([module]) => module,
  )

// Everything built with antd (guards, the shell) is loaded with the first signed-in screen, so
// the entry and the sign-in page carry none of it. The error pages load when one is shown.
export const shellModules = () =>
  Promise.all([import('./layout/app-shell'), import('./layout/guards'), antdProviderModule()])
