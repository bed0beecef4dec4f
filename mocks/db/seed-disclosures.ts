import type { Faker } from '@faker-js/faker'
import { DISCLOSURE_BASES } from '../../src/shared/api/enums'
import type { DisclosureApplication } from '../../src/shared/api/disclosure-schemas'
import type {
  DisclosureEvidence,
  DisclosureRecord,
  PlatformUserRecord,
} from '../../src/shared/api/schemas'
import { sha256Hex } from '../../src/shared/lib/hash-chain'
import { maskPhone } from '../../src/shared/lib/masking'
import { appendDisclosure } from './chains'
import type { Database } from './database'

const DAY = 86_400_000

const AUTHORITIES = [
  '宁波市公安局海曙分局',
  '杭州市西湖区人民法院',
  '上海市浦东新区市场监督管理局',
  '深圳市南山区人民检察院',
]
const COMPANIES = ['隐私号码通信服务有限公司', '某律师事务所', '某保险公司']

// Policy 4(4)(1)–(7), with what a compliance manager would write as the justification.
const EXEMPTIONS: Record<number, { recipient: string; purpose: string; justification: string }> = {
  1: {
    recipient: '宁波市人力资源和社会保障局',
    purpose: '劳动保障监察调取用工记录',
    justification: '履行《劳动保障监察条例》规定的配合检查义务',
  },
  2: {
    recipient: '宁波市国家安全局',
    purpose: '国家安全相关核查',
    justification: '与国家安全直接相关，依法配合核查',
  },
  3: {
    recipient: '宁波市疾病预防控制中心',
    purpose: '公共卫生事件流行病学调查',
    justification: '突发公共卫生事件应急处置，与公共卫生直接相关',
  },
  4: {
    recipient: '宁波市公安局海曙分局',
    purpose: '刑事案件侦查取证',
    justification: '与刑事侦查直接相关，办案机关出具调取证据通知书',
  },
  5: {
    recipient: '宁波市海曙区应急管理局',
    purpose: '失联人员搜救',
    justification: '为维护用户生命安全且难以取得本人同意',
  },
  6: {
    recipient: '某新闻出版单位',
    purpose: '核实用户自行公开的信息',
    justification: '所涉信息为用户自行向社会公众公开的信息',
  },
  7: {
    recipient: '某征信服务机构',
    purpose: '核对公开的企业登记信息',
    justification: '信息来自合法公开披露的渠道（企业信用信息公示系统）',
  },
}

type Draft = Omit<DisclosureRecord, 'seq' | 'prevHash' | 'hash'>

function draftFor(
  faker: Faker,
  index: number,
  users: PlatformUserRecord[],
  now: number,
  evidence: DisclosureEvidence[],
): Draft {
  const basis = DISCLOSURE_BASES[index % DISCLOSURE_BASES.length] ?? 'consent'
  const user = faker.helpers.arrayElement(users)
  const disclosedMs = now - (400 - index) * 0.4 * DAY
  const disclosedAt = new Date(disclosedMs).toISOString()
  const common = {
    id: `D${String(index + 1).padStart(6, '0')}`,
    userIds: [user.id],
    exemptionClause: null,
    exemptionJustification: null,
    legalDocument: null,
    applicant: null,
    applicationId: null,
    evidence: [] as DisclosureEvidence[],
    consentReference: null,
    confidential: false,
    disclosedAt,
    recordedAt: new Date(disclosedMs + 3_600_000).toISOString(),
    recordedBy: 'S004',
    approvedBy: null,
    userNotified: true,
    corrects: null,
    correctionReason: null,
  }
  switch (basis) {
    case 'legal_process':
      return {
        ...common,
        basis,
        recipient: {
          name: faker.helpers.arrayElement(AUTHORITIES),
          type: 'authority',
          contact: '0574-8' + faker.string.numeric(7),
        },
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
        // Phone numbers and ID numbers are stored masked: the hash covers the record exactly as
        // the API returns it, and no response may carry them unmasked.
        recipient: {
          name: faker.person.lastName() + faker.person.firstName(),
          type: 'individual',
          contact: maskPhone('13' + faker.string.numeric(9)),
        },
        applicant: {
          name: faker.person.lastName() + faker.person.firstName(),
          idNumber: '330203********' + faker.string.numeric(4),
          contact: maskPhone('13' + faker.string.numeric(9)),
          claim: '任务报酬纠纷，需对方真实姓名以提起诉讼',
        },
        evidence,
        dataItems: ['name', 'phone'],
        purpose: '申请人提起民事诉讼',
        approvedBy: 'S006',
      }
    case 'exemption': {
      const contact = '0574-87' + faker.string.numeric(6)
      const clause = faker.number.int({ min: 1, max: 7 })
      const exemption = EXEMPTIONS[clause] ?? EXEMPTIONS[3]!
      return {
        ...common,
        basis,
        recipient: { name: exemption.recipient, type: 'authority', contact },
        exemptionClause: clause,
        exemptionJustification: exemption.justification,
        dataItems: ['name', 'phone', 'location'],
        purpose: exemption.purpose,
        userNotified: false,
      }
    }
    case 'privacy_dialing':
      return {
        ...common,
        basis,
        recipient: {
          name: faker.helpers.arrayElement(COMPANIES.slice(0, 1)),
          type: 'service_provider',
          contact: '400-' + faker.string.numeric(7),
        },
        dataItems: ['name', 'phone', 'idNumber', 'idPortraitPhoto'],
        purpose: '隐私拨号 A 号码登记',
        recordedBy: 'system',
        recordedAt: disclosedAt,
      }
    default:
      return {
        ...common,
        basis: 'consent',
        recipient: {
          name: faker.helpers.arrayElement(COMPANIES.slice(1)),
          type: 'company',
          contact: 'service@example.cn',
        },
        consentReference: `CONSENT-${faker.string.alphanumeric(8).toUpperCase()}`,
        dataItems: ['name', 'phone'],
        purpose: '用户同意的保险投保',
      }
  }
}

async function evidenceFile(name: string, size: number): Promise<DisclosureEvidence> {
  return { name, size, sha256: await sha256Hex(`seed evidence: ${name}`) }
}

// A few records are corrections, so the ledger shows how a mistake is fixed without an edit.
const CORRECTIONS = new Set([42, 133, 236])

export async function seedDisclosures(
  db: Database,
  faker: Faker,
  users: PlatformUserRecord[],
  count: number,
  now: number,
): Promise<void> {
  const evidence = [
    await evidenceFile('起诉状（草稿）.pdf', 182_344),
    await evidenceFile('聊天记录截图.png', 640_212),
  ]
  const drafts: Draft[] = []
  for (let i = 0; i < count; i++) {
    let draft = draftFor(faker, i, users, now, evidence)
    const corrected = CORRECTIONS.has(i) ? drafts[i - DISCLOSURE_BASES.length] : undefined
    if (corrected) {
      draft = {
        ...corrected,
        id: draft.id,
        recordedAt: draft.recordedAt,
        dataItems: [...corrected.dataItems, 'address'],
        corrects: i + 1 - DISCLOSURE_BASES.length,
        correctionReason: '原记录漏登了一项已提供的信息（地址），补充更正',
      }
    }
    drafts.push(draft)
    await appendDisclosure(db, draft)
  }
  const user = users[0]
  if (user) await db.disclosureApplications.insert(pendingApplication(user.id, evidence, now))
}

// One application waits for its second approval, outside the ledger until it gets it.
function pendingApplication(
  userId: string,
  evidence: DisclosureEvidence[],
  now: number,
): DisclosureApplication {
  return {
    id: 'A000001',
    status: 'pending',
    userIds: [userId],
    recipient: { name: '浙江某律师事务所', type: 'company', contact: '0574-87001234' },
    applicant: {
      name: '王律师',
      idNumber: '330203********0417',
      contact: maskPhone('13957410001'),
      claim: '代理委托人追索任务报酬，需被申请人真实姓名及联系方式以提起诉讼',
    },
    evidence,
    dataItems: ['name', 'phone'],
    purpose: '申请人提起民事诉讼',
    userNotified: true,
    corrects: null,
    correctionReason: null,
    recordedBy: 'S004',
    recordedAt: new Date(now - DAY).toISOString(),
    decidedBy: null,
    decidedAt: null,
    decisionReason: null,
    disclosureSeq: null,
  }
}
