// Everything built with antd (guards, error pages, the shell) is loaded with the first signed-in
// screen, so the entry and the sign-in page carry none of it.
export const shellModules = () =>
  Promise.all([
    import('./layout/app-shell'),
    import('./layout/guards'),
    import('./layout/route-error-boundary'),
    import('../shared/ui/antd-provider'),
  ])
