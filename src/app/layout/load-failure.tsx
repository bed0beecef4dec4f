import { useTranslation } from '../../shared/i18n/i18n'
import { useRouteError } from 'react-router'
import { ErrorDetail } from '../../shared/ui/error-detail'
import { errorTitle } from '../../shared/ui/error-text'

/** Plain HTML on purpose: it stands in when the console's own code failed to load. */
export function LoadFailure() {
  const error = useRouteError()
  const { t } = useTranslation()
  return (
    <main className="load-failure" role="alert">
      <h1>{t('common.errorTitle')}</h1>
      <p>{errorTitle(error, t)}</p>
      <p>
        <ErrorDetail error={error} />
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
