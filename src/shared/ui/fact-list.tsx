import { Descriptions, type DescriptionsProps } from 'antd'

export type Fact = NonNullable<DescriptionsProps['items']>[number]

interface FactListProps {
  items: Fact[]
  /** How many facts stand side by side; one a row unless the card is wide enough for more. */
  column?: DescriptionsProps['column']
  bordered?: boolean
}

/** Labelled facts about a record, drawn the one way every card and drawer in the console lists them. */
export function FactList({ items, column = 1, bordered }: FactListProps) {
  return <Descriptions size="small" column={column} bordered={bordered} items={items} />
}
