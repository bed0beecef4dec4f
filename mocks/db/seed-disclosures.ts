import type { Faker } from '@faker-js/faker'
import { DISCLOSURE_BASES } from '../../src/shared/api/enums'
import type { DisclosureRecord, PlatformUser } from '../../src/shared/api/schemas'
import { appendDisclosure } from './chains'
import type { Database } from './database'

const DAY = 86_400_000

const AUTHORITIES = ['宁波市公安局海曙分局', '杭州市西湖区人民法院', '上海市浦东新区市场监督管理局', '深圳市南山区人民检察院']
const COMPANIES = ['隐私号码通信服务有限公司', '某律师事务所', '某保险公司']

type Draft = Omit<DisclosureRecord, 'seq' | 'prevHash' | 'hash'>

function draftFor(faker: Faker, index: number, users: PlatformUser[], now: number): Draft {
  const basis = DISCLOSURE_BASES[index % DISCLOSURE_BASES.length] ?? 'consent'
  const user = faker.helpers.arrayElement(users)
  const disclosedAt = new Date(now - (400 - index) * 0.4 * DAY).toISOString()
  const common = {
    id: `D${String(index + 1).padStart(6, '0')}`,
    userIds: [user.id],
    exemptionClause: null,
    legalDocument: null,
    applicant: null,
    evidence: [] as string[],
    consentReference: null,
    confidential: false,
    disclosedAt,
    recordedBy: 'S004',
    approvedBy: null,
    userNotified: true,
    corrects: null,
  }
  switch (basis) {
    case 'legal_process':
      return {
        ...common,
        basis,
        recipient: { name: faker.helpers.arrayElement(AUTHORITIES), type: 'authority', contact: '0574-8' + faker.string.numeric(7) },
        legalDocument: {
          authority: faker.helpers.arrayElement(AUTHORITIES),
          documentType: '协助查询通知书',
          documentNumber: `甬公(海)查字〔2026〕${faker.number.int({ min: 100, max: 999 })}号`,
          provision: '《中华人民共和国刑事诉讼法》第一百四十四条',
        },
        dataItems: ['name', 'phone', 'idNumber', 'taskHistory'],
        purpose: '配合刑事案件调查',
        confidential: faker.number.float() < 0.6,
        userNotified: false,
      }
    case 'third_party_application':
      return {
        ...common,
        basis,
        recipient: { name: faker.person.lastName() + faker.person.firstName(), type: 'individual', contact: '13' + faker.string.numeric(9) },
        applicant: {
          name: faker.person.lastName() + faker.person.firstName(),
          idNumber: '330203********' + faker.string.numeric(4),
          contact: '13' + faker.string.numeric(9),
          claim: '任务报酬纠纷，需对方真实姓名以提起诉讼',
        },
        evidence: ['起诉状（草稿）.pdf', '聊天记录截图.png'],
        dataItems: ['name', 'phone'],
        purpose: '申请人提起民事诉讼',
        approvedBy: 'S004',
      }
    case 'exemption':
      return {
        ...common,
        basis,
        recipient: { name: '宁波市疾病预防控制中心', type: 'authority', contact: '0574-87' + faker.string.numeric(6) },
        exemptionClause: faker.number.int({ min: 1, max: 7 }),
        dataItems: ['name', 'phone', 'location'],
        purpose: '公共卫生事件流行病学调查',
      }
    case 'privacy_dialing':
      return {
        ...common,
        basis,
        recipient: { name: faker.helpers.arrayElement(COMPANIES.slice(0, 1)), type: 'service_provider', contact: '400-' + faker.string.numeric(7) },
        dataItems: ['name', 'phone', 'idNumber', 'idPortraitPhoto'],
        purpose: '隐私拨号 A 号码登记',
        recordedBy: 'system',
      }
    default:
      return {
        ...common,
        basis: 'consent',
        recipient: { name: faker.helpers.arrayElement(COMPANIES.slice(1)), type: 'company', contact: 'service@example.cn' },
        consentReference: `CONSENT-${faker.string.alphanumeric(8).toUpperCase()}`,
        dataItems: ['name', 'phone'],
        purpose: '用户同意的保险投保',
      }
  }
}

export async function seedDisclosures(db: Database, faker: Faker, users: PlatformUser[], count: number, now: number): Promise<void> {
  for (let i = 0; i < count; i++) await appendDisclosure(db, draftFor(faker, i, users, now))
}
