import { useQuery } from '@tanstack/react-query'
import { Button, Drawer, Space, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { PageLoading } from '../../../shared/ui/page-loading'
import { useFeedback } from '../../../shared/ui/feedback'
import { disclosureQueries } from '../api/disclosure-api'
import '../i18n'
import { StatementDocument, statementText } from './statement-document'
import './statement-print.css'

interface UserDisclosureStatementProps {
  userId: string
  /** The request the statement answers, named in the audit event. */
  requestId?: string
}

/**
 * "Who received my data" (policy 4(3)): the button that produces a user's statement and the
 * printable drawer it opens. It is fetched only on demand, because producing it is audited.
 */
export function UserDisclosureStatement({ userId, requestId }: UserDisclosureStatementProps) {
  const { t } = useTranslation('disclosures')
  const { message } = useFeedback()
  const [open, setOpen] = useState(false)
  const statement = useQuery({ ...disclosureQueries.statement(userId, requestId), enabled: open })

  useEffect(() => {
    if (!open) return
    document.body.classList.add('printing-statement')
    return () => document.body.classList.remove('printing-statement')
  }, [open])

  const copy = async () => {
    if (!statement.data) return
    await navigator.clipboard.writeText(statementText(statement.data))
    message.success(t('statement.copied'))
  }

  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('statement.open')}</Button>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        size={820}
        destroyOnHidden
        title={t('statement.drawerTitle')}
        extra={
          <Space className="no-print">
            <Button onClick={() => void copy()} disabled={!statement.data}>
              {t('statement.copy')}
            </Button>
            <Button type="primary" onClick={() => window.print()} disabled={!statement.data}>
              {t('statement.print')}
            </Button>
          </Space>
        }
      >
        {statement.isPending && <PageLoading />}
        <ErrorAlert error={statement.error} onRetry={() => void statement.refetch()} />
        {statement.data && (
          <>
            <Typography.Paragraph type="secondary" className="no-print">
              {t('statement.count', { count: statement.data.items.length })}
            </Typography.Paragraph>
            <StatementDocument statement={statement.data} />
          </>
        )}
      </Drawer>
    </>
  )
}
