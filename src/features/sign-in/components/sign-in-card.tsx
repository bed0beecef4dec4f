import type { ReactNode } from 'react'
import { LANGUAGES, useTranslation } from '../../../shared/i18n/i18n'
import { useLocale } from '../../../shared/i18n/locale-provider'
import './sign-in-page.css'

/**
 * The card the pages before sign-in share: a heading, the language switch, then the form; `after`
 * stands below the card in the same column.
 */
export function SignInCard({
  titleId,
  title,
  children,
  after,
}: {
  titleId: string
  title: string
  children: ReactNode
  after?: ReactNode
}) {
  const { t } = useTranslation()
  const { language, setLanguage } = useLocale()
  return (
    <main className="sign-in-page">
      <div className="sign-in-column">
        <section className="sign-in-card" aria-labelledby={titleId}>
          <div className="sign-in-heading">
            <h1 id={titleId}>{title}</h1>
            <div role="group" className="sign-in-languages" aria-label={t('common.language')}>
              {LANGUAGES.map((l) => (
                <button
                  key={l}
                  type="button"
                  className={`plain-button plain-button-small ${l === language ? 'plain-button-primary' : 'plain-button-text'}`}
                  aria-pressed={l === language}
                  onClick={() => setLanguage(l)}
                >
                  {l === 'zh-CN' ? '中文' : 'EN'}
                </button>
              ))}
            </div>
          </div>
          {children}
        </section>
        {after}
      </div>
    </main>
  )
}
