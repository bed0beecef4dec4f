import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { getBackend } from '../../../../mocks/backend-instance'
import { detailsOf } from '../../../shared/api/request-details'
import { resetMockBackend } from '../../../../mocks/node'
import { signInAs } from '../../../test/render'
import { renderRequestPanel } from '../../../test/request-panel'
import { seededRequest } from '../../../test/seeded-request'
import { AccessPanel } from './access-panel'

/** A seeded access request in review of agent01's, whose user has sign-in devices on record. */
async function accessInReview(): Promise<string> {
  const found = await seededRequest(
    { type: 'access', status: 'in_review', assigneeId: 'S001' },
    (r, db) =>
      (db.accountActivity.get(r.userId)?.devices.length ?? 0) > 0 &&
      !db.requests.all().some((o) => o.userId === r.userId && o.dataPlan),
  )
  return found.id
}

beforeAll(() => resetMockBackend())
afterEach(() => cleanup())

describe('AccessPanel', { timeout: 60_000 }, () => {
  it('asks about every category of the template, prefilled from the records, and sends the answer', async () => {
    const id = await accessInReview()
    await signInAs('agent01')
    renderRequestPanel(AccessPanel, id)
    const list = await screen.findByTestId('access-categories')
    const groups = within(list).getAllByRole('radiogroup')
    expect(groups).toHaveLength(11)
    const group = (name: string) => within(list).getByRole('radiogroup', { name })
    expect(within(group('设备信息与系统日志')).getByRole('radio', { name: '持有' })).toBeChecked()
    expect(within(group('位置信息')).getByRole('radio', { name: '未持有' })).toBeChecked()
    expect(within(group('营销画像')).getByRole('radio', { name: '未持有' })).toBeChecked()
    expect(list).toHaveTextContent('记录：由第三方服务商持有')

    const answer = screen.getByLabelText<HTMLTextAreaElement>(/发给用户的答复/)
    expect(answer.value).toContain('- 营销画像：由第三方服务商持有，平台未保存')
    const user = userEvent.setup()
    await user.click(within(group('设备信息与系统日志')).getByRole('radio', { name: '未持有' }))
    expect(answer.value).toContain('- 设备信息与系统日志：平台未收集或未保存')

    await user.click(screen.getByRole('button', { name: '发送答复' }))
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('completed'))
    const stored = detailsOf((await getBackend()).db.requests.get(id)!, 'access')!.accessAnswer!
    expect(stored.answers).toHaveLength(11)
    expect(stored.answers.find((a) => a.category === 'device_logs')!.held).toBe(false)
    expect(stored.answers.find((a) => a.category === 'profile')!.held).toBe(true)
  })
})
