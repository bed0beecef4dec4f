import type { message, Modal } from 'antd'

export type MessageApi = ReturnType<typeof message.useMessage>[0]
export type ModalApi = ReturnType<typeof Modal.useModal>[0]

/** antd's own message and modal instances, rendered inside the console's ConfigProvider. */
export interface FeedbackApis {
  message: MessageApi
  modal: ModalApi
}
