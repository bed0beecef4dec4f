import { Faker, base, en, zh_CN } from '@faker-js/faker'
import type {
  AccountActivity,
  DeviceRecord,
  PaymentRecord,
  TaskRecord,
} from '../../src/shared/api/personal-data'
import type { PlatformUserRecord } from '../../src/shared/api/schemas'

// The tasks, payments and sign-in devices behind a user's counts and balance, for the users who
// asked for a copy or an access answer (the others never need them, and seeding every user's
// would slow every start). A faker of its own, so that adding these leaves every other seeded
// value as it was; it is reseeded per user, so one user's records do not depend on another's.

const DAY = 86_400_000
const TITLES = [
  '小区传单派发',
  '仓库理货（半天）',
  '外卖高峰期配送',
  '展会布展助理',
  '家庭保洁（3 小时）',
  '数据标注（图片分类）',
  '门店促销员',
  '快递分拣夜班',
  '活动摄影',
  '问卷调研访员',
]
const DEVICES: [string, string][] = [
  ['HUAWEI Mate 60', 'HarmonyOS 4.2'],
  ['Xiaomi 14', 'Android 14'],
  ['iPhone 15', 'iOS 18.1'],
  ['OPPO Reno 11', 'Android 14'],
  ['vivo X100', 'Android 14'],
  ['iPhone 13', 'iOS 17.6'],
]
const BANKS = ['招商银行', '中国工商银行', '中国建设银行', '宁波银行']

const iso = (ms: number) => new Date(ms).toISOString()

function activityOf(faker: Faker, user: PlatformUserRecord, now: number): AccountActivity {
  const from = Math.min(Date.parse(user.registeredAt), now - 2 * DAY)
  const at = (min = from) => faker.number.int({ min, max: now - DAY })
  const amount = () => faker.number.float({ min: 30, max: 800, fractionDigits: 2 })
  const person = () => ({
    counterpartyName: faker.person.lastName() + faker.person.firstName(),
    counterpartyPhone: `1${faker.helpers.arrayElement(['35', '36', '58', '88'])}${faker.string.numeric(8)}`,
  })
  const tasks: TaskRecord[] = []
  const add = (role: TaskRecord['role'], status: TaskRecord['status'], n: number) => {
    for (let i = 0; i < n; i++) {
      const published = at()
      tasks.push({
        id: '',
        role,
        title: faker.helpers.arrayElement(TITLES),
        status,
        amount: amount(),
        ...person(),
        publishedAt: iso(published),
        finishedAt:
          status === 'in_progress'
            ? null
            : iso(
                Math.min(now - 3_600_000, published + faker.number.int({ min: 1, max: 5 }) * DAY),
              ),
      })
    }
  }
  if (user.roles.includes('worker')) {
    add('worker', 'completed', faker.number.int({ min: 1, max: 4 }))
    add('worker', 'cancelled', faker.number.int({ min: 0, max: 1 }))
    add('worker', 'in_progress', user.unfinishedTasksAsWorker)
  }
  if (user.roles.includes('publisher')) {
    add('publisher', 'completed', faker.number.int({ min: 0, max: 3 }))
    add('publisher', 'in_progress', user.unfinishedTasksAsPublisher)
  }
  tasks.sort((a, b) => a.publishedAt.localeCompare(b.publishedAt))
  const n = user.id.slice(1)
  tasks.forEach((t, i) => (t.id = `T${n}-${String(i + 1).padStart(2, '0')}`))

  const bank = `${faker.helpers.arrayElement(BANKS)} 尾号 ${faker.string.numeric(4)}`
  const payments: Omit<PaymentRecord, 'id'>[] = []
  for (const t of tasks) {
    if (t.status === 'in_progress') continue
    const paid = t.finishedAt!
    if (t.role === 'worker' && t.status === 'completed')
      payments.push({
        kind: 'income',
        amount: t.amount,
        taskId: t.id,
        account: '钱包',
        status: 'succeeded',
        at: paid,
      })
    if (t.role === 'publisher')
      payments.push({
        kind: 'payment',
        amount: -t.amount,
        taskId: t.id,
        account: bank,
        status: 'succeeded',
        at: t.publishedAt,
      })
  }
  const income = payments.filter((p) => p.kind === 'income')
  for (const p of income.slice(0, faker.number.int({ min: 0, max: income.length })))
    payments.push({
      kind: 'withdrawal',
      amount: -p.amount,
      taskId: null,
      account: bank,
      status: 'succeeded',
      at: iso(Math.min(now - 3_600_000, Date.parse(p.at) + DAY)),
    })
  if (user.withdrawalArranged && user.walletBalance > 0)
    payments.push({
      kind: 'withdrawal',
      amount: -user.walletBalance,
      taskId: null,
      account: bank,
      status: 'processing',
      at: iso(now - DAY),
    })
  payments.sort((a, b) => a.at.localeCompare(b.at))

  const devices: DeviceRecord[] = Array.from(
    { length: faker.number.int({ min: 1, max: 2 }) },
    (_, i) => {
      const [model, os] = faker.helpers.arrayElement(DEVICES)
      const first = at()
      return {
        id: `D${n}-${i + 1}`,
        model,
        os,
        firstSignInAt: iso(first),
        lastSignInAt: iso(at(first)),
        lastIp: `${faker.helpers.arrayElement(['36.22', '115.236', '183.129', '112.17'])}.${faker.number.int({ min: 1, max: 254 })}.${faker.number.int({ min: 1, max: 254 })}`,
      }
    },
  )
  return {
    userId: user.id,
    tasks,
    payments: payments.map((p, i) => ({ id: `P${n}-${String(i + 1).padStart(2, '0')}`, ...p })),
    devices,
  }
}

export function seedActivity(
  seed: number,
  users: readonly PlatformUserRecord[],
  now: number,
): AccountActivity[] {
  const faker = new Faker({ locale: [zh_CN, en, base] })
  return users.map((user) => {
    faker.seed([seed, Number(user.id.slice(1))])
    return activityOf(faker, user, now)
  })
}
