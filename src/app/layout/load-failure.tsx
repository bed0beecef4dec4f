import { useTranslation } from '../../shared/i18n/i18n'
import { useRouteError } from 'react-router'

/**
 * Plain HTML on purpose: it stands in when the console's own code failed to load. The failure's
 * own message is for support, kept raw under the console's words; the error texts are left out,
 * as they would join the code every page loads first.
 */
export function LoadFailure() {
  const error = useRouteError()
  const { t } = useTranslation()
  return (
    <main className="load-failure" role="alert">
      <h1>{t('common.errorTitle')}</h1>
      <p>
        <code data-raw>{error instanceof Error ? error.message : String(error)}</code>
      </p>
      <button
        type="button"
        className="plain-button plain-button-primary"
        onClick={() => window.location.reload()}
      >
        {t('common.retry')}
      </button>
    </main>
  )
}

/** Plain HTML too: shown while the first screen's code and data load, before antd is there. */
export function StartupLoading() {
  const { t } = useTranslation()
  return (
    <div className="startup-loading" role="status">
      {t('common.loading')}
    </div>
  )
}
