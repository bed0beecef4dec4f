import { Descriptions, type DescriptionsProps } from 'antd'
import './fact-list.css'

export type Fact = NonNullable<DescriptionsProps['items']>[number]

interface FactListProps {
  items: Fact[]
  /** How many facts stand side by side; one a row unless the card is wide enough for more. */
  column?: DescriptionsProps['column']
}

/** Labelled facts about a record, small and one a row unless told: how the console's cards list them. */
export function FactList({ items, column = 1 }: FactListProps) {
  return <Descriptions className="fact-list" size="small" column={column} items={items} />
}
