import { createContext, use, useState, type ComponentType, type ReactNode } from 'react'
import type { FeedbackApis, MessageApi, ModalApi } from './feedback-apis'

type Level = 'success' | 'info' | 'warning' | 'error'

/** Toasts and confirmations, for every screen built with antd. */
export interface Feedback {
  message: Record<Level, (...args: Parameters<MessageApi[Level]>) => void>
  modal: { confirm(config: Parameters<ModalApi['confirm']>[0]): void }
}

type Call = (apis: FeedbackApis) => void

/**
 * A Feedback whose calls wait, in order, until antd's implementations are attached. The first
 * waiting call starts `load`; if that fails, the next call starts it again.
 */
export function createFeedback(load: () => Promise<unknown>): {
  feedback: Feedback
  attach(apis: FeedbackApis): void
} {
  let attached: FeedbackApis | null = null
  let loading = false
  const waiting: Call[] = []
  const run = (call: Call) => {
    if (attached) return call(attached)
    waiting.push(call)
    if (loading) return
    loading = true
    load().catch(() => {
      loading = false
    })
  }
  const level =
    (name: Level) =>
    (...args: Parameters<MessageApi[Level]>) =>
      run((apis) => void apis.message[name](...args))
  return {
    feedback: {
      message: {
        success: level('success'),
        info: level('info'),
        warning: level('warning'),
        error: level('error'),
      },
      modal: { confirm: (config) => run((apis) => void apis.modal.confirm(config)) },
    },
    attach(apis) {
      attached = apis
      for (const call of waiting.splice(0)) call(apis)
    },
  }
}

type Holders = ComponentType<{ onReady(apis: FeedbackApis): void }>

const FeedbackContext = createContext<Feedback | null>(null)

/**
 * Gives its screens useFeedback(). antd's message and modal code is fetched with the first toast or
 * confirmation, not with the page.
 */
export function FeedbackProvider({ children }: { children: ReactNode }) {
  const [holders, setHolders] = useState<{ Component: Holders } | null>(null)
  const [{ feedback, attach }] = useState(() =>
    createFeedback(() =>
      import('./feedback-holders').then(({ FeedbackHolders }) =>
        setHolders({ Component: FeedbackHolders }),
      ),
    ),
  )
  return (
    <FeedbackContext value={feedback}>
      {children}
      {holders && <holders.Component onReady={attach} />}
    </FeedbackContext>
  )
}

export function useFeedback(): Feedback {
  const feedback = use(FeedbackContext)
  if (!feedback) throw new Error('useFeedback outside FeedbackProvider')
  return feedback
}
