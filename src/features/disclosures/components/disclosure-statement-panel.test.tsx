import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { getBackend } from '../../../../mocks/backend-instance'
import { resetMockBackend } from '../../../../mocks/node'
import type { RequestDetail } from '../../../shared/api/schemas'
import { resetLanguage } from '../../../test/language'
import { renderWithProviders, signInAs } from '../../../test/render'
import { DisclosureStatementPanel } from './disclosure-statement-panel'
import { statementText } from './statement-document'

beforeAll(() => resetMockBackend())
afterEach(resetLanguage)

/** A seeded user with a confidential legal-process record and at least one disclosure they may know of. */
async function userWithConfidentialRecord() {
  const { db } = await getBackend()
  const records = db.disclosures.all()
  for (const r of records.filter((x) => x.basis === 'legal_process' && x.confidential)) {
    const userId = r.userIds[0]!
    const visible = records.filter(
      (x) => x.userIds.includes(userId) && !(x.basis === 'legal_process' && x.confidential),
    )
    if (visible.length) return { userId, confidential: r, visible }
  }
  throw new Error('no such seeded user')
}

describe('DisclosureStatementPanel', { timeout: 90_000 }, () => {
  it('gives an agent the statement in Chinese, without confidential legal process', async () => {
    const { userId, confidential, visible } = await userWithConfidentialRecord()
    await signInAs('agent01')
    // The agent works in English; the statement still goes to the user in Chinese.
    localStorage.setItem('console.language', 'en-US')
    renderWithProviders(
      <DisclosureStatementPanel request={{ id: 'R000001', userId } as RequestDetail} />,
    )
    const user = userEvent.setup({ delay: null })
    await user.click(screen.getByText('Disclosure statement'))
    await user.click(
      await screen.findByRole('button', { name: 'Produce the disclosure statement' }),
    )
    const doc = await screen.findByRole('article')
    expect(
      within(doc).getByRole('heading', { name: '个人信息对外披露记录说明' }),
    ).toBeInTheDocument()
    expect(within(doc).getByText(new RegExp(`用户：.\\*+（${userId}）`))).toBeInTheDocument()
    expect(
      within(doc).getByText(/^生成时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}（北京时间）$/),
    ).toBeInTheDocument()
    expect(within(doc).getAllByRole('row')).toHaveLength(visible.length + 1)
    expect(doc.textContent).not.toContain(confidential.legalDocument!.documentNumber)
    expect(screen.getByRole('button', { name: 'Print' })).toBeEnabled()
  })

  it('produces the same statement as text to paste into a reply', () => {
    const text = statementText({
      userId: 'U000009',
      userName: '张**',
      generatedAt: '2026-10-08T01:30:00Z',
      items: [
        {
          seq: 4,
          disclosedAt: '2026-09-30T16:30:00Z',
          basis: 'exemption',
          exemptionClause: 3,
          recipient: { name: '宁波市疾病预防控制中心', type: 'authority' },
          authority: null,
          applicantName: null,
          dataItems: ['name', 'phone'],
          purpose: '流行病学调查',
          corrects: null,
        },
      ],
    })
    expect(text.split('\n')).toEqual([
      '个人信息对外披露记录说明',
      '用户：张**（U000009）',
      '生成时间：2026-10-08 09:30（北京时间）',
      '',
      '根据《智零工隐私政策》第四条，现将截至生成时间本平台向第三方提供您个人信息的记录告知如下（依法不得告知的除外）：',
      '1. 2026-10-01 00:30｜宁波市疾病预防控制中心（国家机关）｜例外情形（第四条(四)第(3)项）｜姓名、手机号码｜流行病学调查',
      '',
      '如对上述披露有疑问，请联系智零工客服。',
      '职小二(宁波)信息技术有限公司',
    ])
  })
})
