import { useParams } from 'react-router'
import { RequestDetailPage } from '../../features/request-detail/components/request-detail-page'

export function RequestDetailRoute() {
  const { id = '' } = useParams()
  return <RequestDetailPage key={id} id={id} />
}
