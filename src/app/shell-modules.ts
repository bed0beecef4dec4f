// Everything built with antd (guards, the shell) is loaded with the first signed-in screen, so
// the entry and the sign-in page carry none of it. The error pages load when one is shown.
export const shellModules = () =>
  Promise.all([
    import('./layout/app-shell'),
    import('./layout/guards'),
    import('../shared/ui/antd-provider'),
  ])
