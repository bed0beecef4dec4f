import { type TFunction, i18n } from '../../../shared/i18n/i18n'
import type { DisclosureStatement, StatementItem } from '../../../shared/api/disclosure-schemas'
import '../i18n'
import { beijingTime } from '../../../shared/lib/working-days'
import { useAppTokens } from '../../../shared/ui/theme'

// The statement goes to the user, so it is always in Chinese, whatever language the agent uses.
const zh = (): TFunction<'disclosures'> => i18n.getFixedT('zh-CN', 'disclosures')

function cells(t: TFunction<'disclosures'>, item: StatementItem) {
  const basis = item.exemptionClause
    ? `${t(`basisShort.${item.basis}`)}（${t('clauseShort', { n: item.exemptionClause })}）`
    : t(`basisShort.${item.basis}`)
  const recipient = [
    `${item.recipient.name}（${t(`common:recipientType.${item.recipient.type}`)}）`,
    item.applicantName && item.applicantName !== item.recipient.name
      ? t('statement.doc.applicant', { name: item.applicantName })
      : null,
  ]
    .filter(Boolean)
    .join('；')
  return {
    at: beijingTime(item.disclosedAt),
    recipient,
    basis,
    items: item.dataItems
      .map((i) => t(`common:disclosedItem.${i}`, { defaultValue: i }))
      .join('、'),
    purpose: item.corrects ? `${item.purpose}${t('statement.doc.corrected')}` : item.purpose,
  }
}

/** The same statement as plain text, for pasting into an e-mail or a message to the user. */
export function statementText(statement: DisclosureStatement): string {
  const t = zh()
  const lines = [
    t('statement.doc.heading'),
    t('statement.doc.user', { name: statement.userName, id: statement.userId }),
    t('statement.doc.generatedAt', { at: beijingTime(statement.generatedAt) }),
    '',
    statement.items.length ? t('statement.doc.intro') : t('statement.doc.none'),
    ...statement.items.map((item, i) => {
      const c = cells(t, item)
      return `${i + 1}. ${c.at}｜${c.recipient}｜${c.basis}｜${c.items}｜${c.purpose}`
    }),
    '',
    t('statement.doc.footer'),
    t('statement.doc.company'),
  ]
  return lines.join('\n')
}

export function StatementDocument({ statement }: { statement: DisclosureStatement }) {
  const token = useAppTokens()
  const t = zh()
  const cell = {
    border: `1px solid ${token.colorBorder}`,
    padding: '6px 8px',
    textAlign: 'left' as const,
    verticalAlign: 'top' as const,
  }
  return (
    <article lang="zh-CN" className="disclosure-statement" aria-labelledby="statement-heading">
      <h2 id="statement-heading" style={{ textAlign: 'center', fontSize: 20 }}>
        {t('statement.doc.heading')}
      </h2>
      <p style={{ margin: '4px 0' }}>
        {t('statement.doc.user', { name: statement.userName, id: statement.userId })}
      </p>
      <p style={{ margin: '4px 0 12px' }}>
        {t('statement.doc.generatedAt', { at: beijingTime(statement.generatedAt) })}
      </p>
      <p>{statement.items.length ? t('statement.doc.intro') : t('statement.doc.none')}</p>
      {statement.items.length > 0 && (
        <table style={{ borderCollapse: 'collapse', width: '100%', fontSize: 13 }}>
          <thead>
            <tr>
              {(['no', 'at', 'recipient', 'basis', 'items', 'purpose'] as const).map((key) => (
                <th key={key} scope="col" style={{ ...cell, background: token.colorTableHeaderBg }}>
                  {t(`statement.doc.col.${key}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {statement.items.map((item, i) => {
              const c = cells(t, item)
              return (
                <tr key={item.seq}>
                  <td style={cell}>{i + 1}</td>
                  <td style={{ ...cell, whiteSpace: 'nowrap' }}>{c.at}</td>
                  <td style={cell}>{c.recipient}</td>
                  <td style={cell}>{c.basis}</td>
                  <td style={cell}>{c.items}</td>
                  <td style={cell}>{c.purpose}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      <p className="mt-16">{t('statement.doc.footer')}</p>
      <p style={{ textAlign: 'right' }}>{t('statement.doc.company')}</p>
    </article>
  )
}
