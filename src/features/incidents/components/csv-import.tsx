import { UploadOutlined } from '@ant-design/icons'
import { incidentEndpoints } from '../../../shared/api/endpoints/incidents'
import { Alert, Button, Space, Table, Typography, Upload } from 'antd'
import { useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { IMPORT_CSV_MAX_CHARS, type ImportResult } from '../../../shared/api/incident-schemas'
import { planUserImport, type ImportPlan } from '../../../shared/lib/incident-user-import'
import { readText } from '../../../shared/lib/read-text'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import '../i18n'
import { IncidentCard } from './incident-card'
import type { IncidentPanelProps } from './incident-panel-props'
import { useIncidentCommand } from './use-incident-command'
import { useAppTokens } from '../../../shared/ui/theme'

type Problem = ImportResult['problems'][number]

/**
 * The file is checked here first (the same rule the server applies, without knowing which users
 * exist), then the server imports the good lines and reports every other one with its reason.
 */
export function CsvImport({ incident, readOnly }: IncidentPanelProps) {
  const token = useAppTokens()
  const { t } = useTranslation('incidents')
  const command = useIncidentCommand(incident)
  const [file, setFile] = useState<{ name: string; text: string; plan: ImportPlan } | null>(null)
  const [readError, setReadError] = useState(false)
  const [result, setResult] = useState<ImportResult | null>(null)

  const tooLarge = file !== null && file.text.length > IMPORT_CSV_MAX_CHARS
  const submit = async () => {
    if (!file || tooLarge) return
    try {
      const outcome = await command.run(incidentEndpoints.importAffectedUsers, { csv: file.text })
      if (outcome) {
        setResult(outcome)
        setFile(null)
      }
    } catch {
      // Shown below.
    }
  }

  const reason = (p: Problem) => t(`import.reason.${p.reason}`, { firstLine: p.firstLine })

  return (
    <IncidentCard title={t('import.title')} hint={t('import.hint')} style={{ marginBottom: 16 }}>
      <Space wrap>
        <Upload
          accept=".csv,text/csv,text/plain"
          showUploadList={false}
          disabled={readOnly}
          beforeUpload={(chosen) => {
            setResult(null)
            setReadError(false)
            readText(chosen)
              .then((text) => setFile({ name: chosen.name, text, plan: planUserImport(text) }))
              .catch(() => setReadError(true))
            return false
          }}
        >
          <Button icon={<UploadOutlined />} disabled={readOnly}>
            {t('import.choose')}
          </Button>
        </Upload>
        <Button
          type="primary"
          disabled={!file || tooLarge || readOnly}
          loading={command.isPending}
          onClick={() => void submit()}
        >
          {t('import.submit')}
        </Button>
      </Space>
      {readError && <Alert type="error" showIcon title={t('import.readFailed')} className="mt-8" />}
      {tooLarge && (
        <Alert
          type="error"
          showIcon
          title={t('import.tooLarge', { max: IMPORT_CSV_MAX_CHARS.toLocaleString() })}
          className="mt-8"
        />
      )}
      {file && (
        <div role="status" className="mt-8">
          <div>{t('import.chosen', { name: file.name, lines: file.plan.dataLines })}</div>
          {file.plan.problems.length > 0 && (
            <Typography.Text style={{ color: token.colorWarning }}>
              {t('import.localProblems', { count: file.plan.problems.length })}
            </Typography.Text>
          )}
        </div>
      )}
      <div className="mt-8">
        <ErrorAlert error={command.error} />
      </div>
      {result && (
        <div data-testid="import-result">
          <Alert
            role="status"
            type={result.problems.length ? 'warning' : 'success'}
            showIcon
            title={t(result.problems.length ? 'import.result' : 'import.resultOk', {
              added: result.added,
              already: result.alreadyAffected,
              rejected: result.problems.length,
            })}
            className="mb-8"
          />
          {result.problems.length > 0 && (
            <Table<Problem>
              size="small"
              rowKey="line"
              title={() => <Typography.Text strong>{t('import.problemsTitle')}</Typography.Text>}
              dataSource={result.problems}
              pagination={result.problems.length > 10 ? { pageSize: 10 } : false}
              columns={[
                { title: t('import.col.line'), dataIndex: 'line', width: 80 },
                {
                  title: t('import.col.value'),
                  dataIndex: 'value',
                  render: (v: string) => <Typography.Text code>{v}</Typography.Text>,
                },
                { title: t('import.col.reason'), key: 'reason', render: (_, p) => reason(p) },
              ]}
            />
          )}
        </div>
      )}
      {command.dialog}
    </IncidentCard>
  )
}
