// Stands in for `tldts` where MSW uses it, in the build and the development server (see
// `mswRegistrableDomain` in vite.config.ts). MSW's cookie store asks it, through tough-cookie,
// for a host's registrable domain, and the public-suffix list behind the real answer is half the
// mock backend's code, evaluated before it can answer anything. The console keeps its session in
// a header and sets no cookies, so the last two labels of a host name do; an IP address or a
// single label has none.
export function getDomain(host: string): string | null {
  const name = host.endsWith('.') ? host.slice(0, -1) : host
  if (/^[\d.]+$/.test(name) || name.includes(':')) return null
  const labels = name.split('.')
  return labels.length < 2 ? null : labels.slice(-2).join('.')
}
