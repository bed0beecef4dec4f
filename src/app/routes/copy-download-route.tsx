import { useParams } from 'react-router'
import { CopyDownloadPage } from '../../features/copy-requests/components/copy-download-page'

/** The link a user gets by SMS: outside the console's shell and without signing in. */
export function CopyDownloadRoute() {
  const { token = '' } = useParams()
  return <CopyDownloadPage key={token} token={token} />
}
