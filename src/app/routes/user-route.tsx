import { useParams } from 'react-router'
import { UserDisclosureStatement } from '../../features/disclosures/components/user-disclosure-statement'
import { UserPage } from '../../features/users/components/user-page'

export function UserRoute() {
  const { userId = '' } = useParams()
  return (
    <UserPage
      key={userId}
      userId={userId}
      renderStatement={(id) => <UserDisclosureStatement userId={id} />}
    />
  )
}
