import { Collapse, Typography } from 'antd'
import { useTranslation } from '../../../shared/i18n/i18n'
import type { RequestDetail } from '../../../shared/api/schemas'
import '../i18n'
import { UserDisclosureStatement } from './user-disclosure-statement'

/** On a request page: the requesting user's disclosure statement, in a collapsed card. */
export function DisclosureStatementPanel({ request }: { request: RequestDetail }) {
  const { t } = useTranslation('disclosures')
  return (
    <Collapse
      className="no-print"
      items={[
        {
          key: 'statement',
          label: t('statement.cardTitle'),
          children: (
            <>
              <Typography.Paragraph type="secondary">{t('statement.intro')}</Typography.Paragraph>
              <UserDisclosureStatement userId={request.userId} requestId={request.id} />
            </>
          ),
        },
      ]}
    />
  )
}
