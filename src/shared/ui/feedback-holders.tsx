import { message, Modal } from 'antd'
import { useEffect } from 'react'
import type { FeedbackApis } from './feedback-apis'

/** antd's message and modal holders, loaded by FeedbackProvider when first needed. */
export function FeedbackHolders({ onReady }: { onReady(apis: FeedbackApis): void }) {
  const [messageApi, messageHolder] = message.useMessage()
  const [modalApi, modalHolder] = Modal.useModal()
  useEffect(
    () => onReady({ message: messageApi, modal: modalApi }),
    [onReady, messageApi, modalApi],
  )
  return (
    <>
      {modalHolder}
      {messageHolder}
    </>
  )
}
