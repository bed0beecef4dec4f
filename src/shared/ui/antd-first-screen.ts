import href from 'virtual:antd-first-screen'

let loading: Promise<void> | undefined

/**
 * Puts antd's styles for the signed-in first screens, built ahead in production
 * (scripts/antd-first-screen-styles.ts), into the page, and resolves once they are in or could not
 * be fetched. antd then finds those styles instead of computing them as it draws; without them it
 * computes them as always.
 *
 * They go first in the page's head in a style element marked as antd marks the ones it inserts, so
 * the cascade is the one antd builds itself: the styles it inserts later come after them (antd
 * places its own after the last element so marked, and looks at style elements only), and the
 * console's stylesheets after those.
 */
export function loadAntdFirstScreenStyles(): Promise<void> {
  loading ??= href
    ? fetch(href)
        .then((response) => (response.ok ? response.text() : ''))
        .then((css) => {
          const style = document.createElement('style')
          style.setAttribute('data-rc-order', 'prependQueue')
          style.setAttribute('data-rc-priority', '-999')
          style.textContent = css
          document.head.prepend(style)
        })
        .catch(() => undefined)
    : Promise.resolve()
  return loading
}
