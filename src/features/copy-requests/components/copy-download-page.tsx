import { useMutation } from '@tanstack/react-query'
import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd'
import dayjs from 'dayjs'
import { type TFunction, useTranslation } from '../../../shared/i18n/i18n'
import { useEffect, useState } from 'react'
import { ApiError } from '../../../shared/api/api-error'
import { copyDownloadInputSchema, type CopyPackage } from '../../../shared/api/copy-schemas'
import {
  copyFileNames,
  copyPackageCsvFiles,
  copyPackageJson,
} from '../../../shared/lib/copy-package'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { PageHeader } from '../../../shared/ui/page-header'
import { schemaRules } from '../../../shared/ui/form-rules'
import { fetchCopyDownload } from '../api/copy-queries'
import '../i18n'
import { CopySummary } from './copy-summary'
import { useAppTokens } from '../../../shared/ui/theme'

// What the user reads for each refusal of the server, instead of its English message.
function refusal(error: unknown, t: TFunction<'copy'>): string | null {
  if (!(error instanceof ApiError)) return null
  if (error.code === 'WRONG_CODE')
    return t('download.wrongCode', { count: Number(error.details?.attemptsLeft ?? 0) })
  if (error.code === 'LINK_LOCKED') return t('download.locked')
  // Staff cannot issue a new code for a completed request yet: the page sends the user to support.
  if (error.code === 'CODE_USED') return t('download.used')
  if (error.code === 'LINK_EXPIRED')
    return t('download.expired', {
      at: dayjs(String(error.details?.expiresAt)).format('YYYY-MM-DD HH:mm'),
    })
  if (error.code === 'LINK_NOT_FOUND') return t('download.notFound')
  return null
}

/** The ZIP is built in the browser, by a module loaded only here and only once it is needed. */
async function zipUrl(pkg: CopyPackage): Promise<string> {
  const { createZip } = await import('../../../shared/lib/zip')
  const names = copyFileNames(pkg)
  const bytes = createZip([
    { name: names.json, data: copyPackageJson(pkg) },
    // A byte order mark, so that spreadsheet programs read the Chinese text as UTF-8.
    ...copyPackageCsvFiles(pkg).map((f) => ({ name: f.name, data: `\uFEFF${f.data}` })),
  ])
  return URL.createObjectURL(new Blob([bytes], { type: 'application/zip' }))
}

/** The user's page behind the SMS link (no staff session): the code, then the ZIP and the summary. */
export function CopyDownloadPage({ token }: { token: string }) {
  const colours = useAppTokens()
  const { t } = useTranslation('copy')
  const download = useMutation({ mutationFn: (code: string) => fetchCopyDownload(token, code) })
  const [url, setUrl] = useState<string | null>(null)
  const data = download.data
  const pkg = data?.package

  useEffect(() => {
    if (!pkg) return
    let href: string | null = null
    let live = true
    void zipUrl(pkg).then((u) => {
      href = u
      if (live) setUrl(u)
      else URL.revokeObjectURL(u)
    })
    return () => {
      live = false
      if (href) URL.revokeObjectURL(href)
    }
  }, [pkg])

  const message = download.error ? refusal(download.error, t) : null
  const final = download.error instanceof ApiError && download.error.code !== 'WRONG_CODE'

  return (
    <main
      className="copy-page"
      style={{ minHeight: '100vh', background: colours.colorPublicPageBg, padding: 16 }}
    >
      <div style={{ maxWidth: 860, margin: '0 auto' }}>
        <Card className="copy-no-print" style={{ marginBottom: 16 }}>
          <PageHeader title={t('download.title')} />
          {!pkg && (
            <>
              <Typography.Paragraph>{t('download.intro')}</Typography.Paragraph>
              {message ? (
                <Alert type="error" showIcon role="alert" title={message} className="mb-16" />
              ) : (
                <ErrorAlert error={download.error} />
              )}
              {!final && (
                <Form
                  layout="vertical"
                  name="copy-download"
                  requiredMark={false}
                  onFinish={({ code }: { code: string }) => download.mutate(code.trim())}
                >
                  <Form.Item
                    name="code"
                    label={t('download.code')}
                    rules={schemaRules(copyDownloadInputSchema.shape.code, {
                      required: t('download.code'),
                      max: t('download.code'),
                      pattern: t('download.code'),
                    })}
                  >
                    <Input
                      inputMode="numeric"
                      autoComplete="one-time-code"
                      style={{ maxWidth: 200 }}
                      autoFocus
                    />
                  </Form.Item>
                  <Button type="primary" htmlType="submit" loading={download.isPending}>
                    {t('download.submit')}
                  </Button>
                </Form>
              )}
            </>
          )}
          {data && (
            <Space orientation="vertical">
              <Typography.Text strong>{t('download.ready')}</Typography.Text>
              <Typography.Text>{t('download.readyHint')}</Typography.Text>
              <Space wrap>
                {url ? (
                  <Button type="primary" href={url} download={data.fileName}>
                    {t('download.save', { name: data.fileName })}
                  </Button>
                ) : (
                  <Typography.Text>{t('download.building')}</Typography.Text>
                )}
                <Button onClick={() => window.print()}>{t('download.print')}</Button>
              </Space>
            </Space>
          )}
        </Card>
        {pkg && <CopySummary pkg={pkg} />}
      </div>
    </main>
  )
}
