import { screen, within } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { getBackend } from '../../../../mocks/backend-instance'
import { resetMockBackend } from '../../../../mocks/node'
import { prepareRejection } from '../../../test/prepared-decision'
import { renderWithProviders, signInAs } from '../../../test/render'
import { suiteNow } from '../../../test/test-clock-install'
import { timelineEvent } from '../../../test/timeline-event'
import { RequestDetailPage } from './request-detail-page'

beforeAll(() => resetMockBackend())

describe('RequestDetailPage', { timeout: 60_000 }, () => {
  it("shows a rejection's ground in words, on the page and in the timeline, never its code", async () => {
    const { db } = await getBackend()
    const request = db.requests.all().find((r) => r.type === 'copy' && r.status === 'in_review')!
    const at = await prepareRejection(request.id, 'groundless_repetition', '同一内容本月已提供两次')
    await db.requests.update(request.id, (draft) => {
      draft.timeline.push(
        timelineEvent(at, 'S001', 'decision_prepared_reject', undefined, 'groundless_repetition'),
      )
    })
    await signInAs('lead01')
    renderWithProviders(<RequestDetailPage id={request.id} />)
    const card = (await screen.findByText('拒绝决定')).closest('.ant-card') as HTMLElement
    expect(within(card).getByText('无端重复的请求')).toBeInTheDocument()
    expect(within(card).getByText('同一内容本月已提供两次')).toBeInTheDocument()
    const prepared = screen
      .getAllByTestId('timeline-event')
      .find((e) => e.textContent?.includes('准备拒绝决定'))!
    expect(prepared).toHaveTextContent('无端重复的请求')
    expect(document.body).not.toHaveTextContent('groundless_repetition')
  })

  it('names a deletion ground, the permissions withdrawn, the fields corrected and the channels in words', async () => {
    const { db } = await getBackend()
    const request = db.requests.all().find((r) => r.type === 'access' && r.status === 'in_review')!
    await db.requests.update(request.id, (draft) => {
      const at = new Date(suiteNow()).toISOString()
      draft.timeline.push(
        timelineEvent(at, 'S001', 'deletion_prepared', { ground: 'consent_withdrawn' }),
        timelineEvent(at, 'S001', 'consent_withdrawn', { consents: ['clipboard', 'marketing'] }),
        timelineEvent(at, 'S001', 'correction_applied', { fields: ['phone', 'region'] }),
        timelineEvent(at, 'S001', 'user_notified', { notifiedBy: ['sms', 'push'] }),
      )
    })
    await signInAs('agent01')
    renderWithProviders(<RequestDetailPage id={request.id} />)
    const event = async (title: string) =>
      (await screen.findAllByTestId('timeline-event')).find((e) => e.textContent?.includes(title))!
    expect(await event('准备删除决定')).toHaveTextContent(
      '法定事由（《个人信息保护法》第四十七条）（3）您已撤回同意',
    )
    expect(await event('已撤回授权')).toHaveTextContent('读取剪切板、定向推送与精准营销')
    expect(await event('更正已写入')).toHaveTextContent('手机号、地区')
    expect(await event('已通知用户')).toHaveTextContent('短信、App 推送')
    for (const code of [
      'consent_withdrawn',
      'clipboard',
      'marketing',
      'phone',
      'region',
      'sms',
      'push',
    ])
      expect(document.body).not.toHaveTextContent(code)
  })
})
