import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { AgeGroup } from '../api/enums'
import { FactList } from './fact-list'
import { useUserFieldItems } from './user-field-items'

function UserFacts({ ageGroup }: { ageGroup: AgeGroup | null }) {
  const items = useUserFieldItems(
    { ageGroup },
    {
      userId: 'U000123',
      name: '张**',
      phone: '138****5678',
      idNumber: '1101**********1234',
      birthDate: '****-**-**',
      accountStatus: '正常',
    },
  )
  return <FactList column={2} items={items} />
}

const rows = (container: HTMLElement) =>
  [...container.querySelectorAll('.ant-descriptions-item')].map((item) => [
    item.querySelector('.ant-descriptions-item-label')?.textContent,
    item.querySelector('.ant-descriptions-item-content')?.textContent,
  ])

describe('useUserFieldItems', () => {
  it("lists the user's fields in order, each with the value the page gives it", () => {
    const { container } = render(<UserFacts ageGroup="minor" />)
    expect(rows(container)).toEqual([
      ['用户ID', 'U000123'],
      ['姓名', '张**'],
      ['手机号', '138****5678'],
      ['身份证号', '1101**********1234'],
      ['年龄段', '14–17 周岁'],
      ['出生日期', '****-**-**'],
      ['账号状态', '正常'],
    ])
  })

  it('says the age group is unknown once the birth date it came from is deleted', () => {
    const { container } = render(<UserFacts ageGroup={null} />)
    expect(rows(container)[4]).toEqual(['年龄段', '无法确定（出生日期已删除）'])
  })
})
