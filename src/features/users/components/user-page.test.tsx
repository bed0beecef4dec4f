import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it } from 'vitest'
import { getBackend } from '../../../../mocks/backend-instance'
import { resetMockBackend } from '../../../../mocks/node'
import { maskName } from '../../../shared/lib/masking'
import { renderWithProviders, signInAs } from '../../../test/render'
import { UserPage } from './user-page'

beforeAll(() => resetMockBackend())

/**
 * A seeded user with more requests than one page holds, so paging is exercised, and whose data no
 * plan has removed.
 */
async function userWithManyRequests() {
  const { db } = await getBackend()
  const counts = new Map<string, number>()
  for (const r of db.requests.all())
    if (db.users.get(r.userId)?.dataDisposition.length === 0)
      counts.set(r.userId, (counts.get(r.userId) ?? 0) + 1)
  const [userId, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!
  return {
    user: db.users.get(userId)!,
    count,
    ids: db.requests
      .all()
      .filter((r) => r.userId === userId)
      .map((r) => r.id),
  }
}

describe('UserPage', { timeout: 90_000 }, () => {
  it('shows the user masked, with their requests only, paged by the server', async () => {
    const { user, count, ids } = await userWithManyRequests()
    await signInAs('agent01')
    renderWithProviders(
      <UserPage userId={user.id} renderStatement={(id) => <p>statement of {id}</p>} />,
      {
        path: '/users/:userId',
        route: `/users/${user.id}`,
      },
    )
    expect(await screen.findByText(maskName(user.name))).toBeInTheDocument()
    expect(screen.queryByText(user.name)).not.toBeInTheDocument()
    expect(screen.getByTestId('masked-phone').textContent).toMatch(/^\d{3}\*{4}\d{4}$/)
    // An age group in place of the birth date, which stays hidden until revealed.
    expect(screen.getByText('年龄段')).toBeInTheDocument()
    expect(screen.getByTestId('masked-birthDate')).toHaveTextContent('****-**-**')
    expect(screen.queryByText(user.birthDate!)).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: '查看完整出生日期' })).toBeInTheDocument()
    expect(screen.getByText(`statement of ${user.id}`)).toBeInTheDocument()
    const table = screen.getByTestId('user-requests')
    expect(await within(table).findByText(`共 ${count} 条`)).toBeInTheDocument()
    const links = within(table).getAllByRole('link')
    expect(links.length).toBe(Math.min(count, 10))
    for (const link of links) expect(ids).toContain(link.textContent)
    expect(links[0]).toHaveAttribute('href', `/requests/${links[0]!.textContent}`)
  })

  it('shows what a data plan removed, and what is kept under which law until when', async () => {
    const { db } = await getBackend()
    // A seeded account cancelled half a year ago: its logs are due for purge today.
    const user = db.users
      .all()
      .find(
        (u) =>
          u.accountStatus === 'cancelled' &&
          u.dataDisposition.some((d) => d.category === 'device_logs' && d.status === 'kept'),
      )!
    await signInAs('agent01')
    renderWithProviders(<UserPage userId={user.id} />, {
      path: '/users/:userId',
      route: `/users/${user.id}`,
    })
    expect(await screen.findByTestId('removed-idNumber')).toHaveTextContent(
      /^已删除（\d{4}-\d{2}-\d{2}）依据请求 R\d{6}$/,
    )
    expect(screen.getByTestId('removed-phone')).toHaveTextContent('已删除（')
    expect(screen.getByTestId('removed-name')).toHaveTextContent('已匿名化（')
    expect(screen.getByText('无法确定（出生日期已删除）')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: '查看完整身份证号' })).not.toBeInTheDocument()
    const table = screen.getByTestId('user-data-disposition')
    const logs = within(table).getByRole('row', { name: /设备信息与系统日志/ })
    expect(logs).toHaveTextContent('依法保存')
    expect(logs).toHaveTextContent('网络日志保存 6 个月（《网络安全法》第二十一条）')
    expect(logs).toHaveTextContent(/保存至 \d{4}-\d{2}-\d{2}（自 \d{4}-\d{2}-\d{2} 起）/)
    expect(within(table).getByRole('row', { name: /身份信息/ })).toHaveTextContent('已删除')
  })

  it('refuses a search that is not a user id and opens one that is', async () => {
    await signInAs('lead01')
    // Only this user's path renders the page, so reaching another user shows the router's catch-all.
    renderWithProviders(<UserPage userId="U000001" />, {
      path: '/users/U000001',
      route: '/users/U000001',
    })
    const user = userEvent.setup({ delay: null })
    const box = await screen.findByRole('searchbox', { name: '查找用户' })
    await user.type(box, '13812345678{Enter}')
    expect(screen.getByRole('alert')).toHaveTextContent('请输入用户ID')
    expect(screen.queryByTestId('navigated')).not.toBeInTheDocument()
    await user.clear(box)
    await user.type(box, 'u000002{Enter}')
    expect(await screen.findByTestId('navigated')).toBeInTheDocument()
  })
})
