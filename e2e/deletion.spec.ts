import type { Page } from '@playwright/test'
import { deletable, requestInReview } from './api-data'
import { approvePrepared, choose, expect, expectAccessible, signIn, shot, test } from './fixtures'

// Deletion of personal information (policy 6(3)): ground, per-category plan, maker and checker,
// execution category by category, and what the user is told. The journey registers the deletion
// request it works on, for an active user whose data nothing holds as evidence.

const panelOf = (page: Page) => page.getByRole('region', { name: '删除个人信息' })
const header = (page: Page, id: string) => page.getByRole('article', { name: new RegExp(id) })

test('agent01 prepares a deletion with its ground and plan, lead01 approves, agent01 carries out every category', async ({
  page,
  context,
}) => {
  // Two tabs of one browser, and so of one mock backend.
  test.slow()
  await signIn(page, 'agent01')
  const { id } = await requestInReview(page, 'deletion', deletable)
  await page.goto(`/requests/${id}`)
  const panel = panelOf(page)
  const editor = panel.getByTestId('deletion-plan-editor')
  await expect(editor).toBeVisible({ timeout: 30_000 })
  // One way to prepare a deletion: the panel's, with its ground and plan.
  await expect(page.getByRole('button', { name: '准备决定' })).toHaveCount(0)
  // The account is active: ground (4) does not apply.
  await expect(panel.getByRole('radio', { name: /您已注销账号/ })).toBeDisabled()
  await panel.getByRole('radio', { name: /未经明示同意收集、使用个人信息/ }).check()
  // What the law keeps stays kept, until the date the duty sets.
  const payments = editor.getByRole('row', { name: /支付与收益记录/ })
  await expect(payments).toContainText('法律要求保存，不可删除')
  await expect(payments).toContainText(/\d{4}-\d{2}-\d{2}/)
  await choose(page, '处理方式：联系方式', '匿名化')
  await expect(editor.getByRole('row', { name: /联系方式/ })).toContainText('匿名化')
  await panel.getByRole('button', { name: '提交主管复核' }).click()
  await expect(panel.getByText('请填写证据或备注（至少 5 个字）')).toBeVisible()
  await panel.getByLabel('证据').fill('授权记录显示用户从未同意定向推送，营销画像仍在生成')
  await expectAccessible(page)
  await shot(page, 'panel-zh', { fullPage: true })
  await panel.getByRole('button', { name: '提交主管复核' }).click()
  await expect(header(page, id).getByText('待复核', { exact: true })).toBeVisible()
  await expect(panel.getByTestId('prepared-deletion')).toContainText(
    '（2）未经明示同意收集、使用个人信息',
  )

  const lead = await context.newPage()
  await signIn(lead, 'lead01', `/requests/${id}`)
  const leadPanel = panelOf(lead)
  await expect(leadPanel.getByTestId('maker-checker-note')).toContainText('请核对依据')
  await expect(leadPanel.getByTestId('data-plan')).toContainText('批准后将按此计划处理（预览）')
  await expect(
    leadPanel.getByTestId('data-plan').getByRole('row', { name: /联系方式/ }),
  ).toContainText('匿名化')
  await expect(leadPanel.getByTestId('prepared-deletion')).toContainText('将删除：')
  await expectAccessible(lead)
  await shot(lead, 'lead-pending', { fullPage: true })
  expect(await approvePrepared(lead)).toContain('将按已准备的数据处理计划删除或匿名化')
  await expect(header(lead, id).getByText('已批准', { exact: true })).toBeVisible()

  // The reload starts the console again, slowly on a busy machine with two tabs open.
  await page.reload()
  const plan = panelOf(page).getByTestId('data-plan')
  await expect(plan.getByTestId('plan-progress')).toHaveText(/^已执行 0\/(\d+) 项$/, {
    timeout: 60_000,
  })
  const steps = plan.getByRole('button', { name: /^执行：/ })
  const total = await steps.count()
  expect(total).toBeGreaterThan(5)
  for (let left = total; left > 0; left--) {
    await steps.first().click()
    await page
      .getByRole('dialog', { name: /^执行“.+”的处理？$/ })
      .getByRole('button', { name: '确认执行 1 类' })
      .click()
    await expect(steps).toHaveCount(left - 1)
  }
  await expect(plan.getByTestId('plan-progress')).toHaveText(`已执行 ${total}/${total} 项`)
  await expect(header(page, id).getByText('已完成', { exact: true })).toBeVisible()
  // Told on approval what will go and what stays, and again once it is done.
  const notices = panelOf(page).getByTestId('user-notification')
  await expect(notices.filter({ hasText: '已审核通过' }).first()).toContainText(
    '将删除：身份信息、位置信息',
  )
  const done = notices.filter({ hasText: '已办理完毕' })
  await expect(done).toHaveCount(1)
  await expect(done).toContainText('短信')
  await expect(done).toContainText('已删除：身份信息、位置信息')
  await expect(done).toContainText('已匿名化处理：基本资料、联系方式')
  await expect(done).toContainText(
    /支付与收益记录：会计凭证与涉税资料保存 10 年.+保存至 \d{4}-\d{2}-\d{2}/,
  )
  await expect(
    page.getByTestId('timeline-event').filter({ hasText: '数据处理计划执行完毕' }),
  ).toHaveCount(1)
  await expectAccessible(page)
  await shot(page, 'executed', { fullPage: true })
})
