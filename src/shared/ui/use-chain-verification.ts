import { useCallback, useEffect, useRef, useState } from 'react'
import {
  collectChain,
  verifyWithCheckpoints,
  type BrowserVerification,
  type Checkpoint,
  type FetchChainPage,
  type VerifyProgress,
} from '../lib/chain-verifier'

export interface ServerVerdict {
  ok: boolean
  count: number
  firstBrokenSeq: number | null
  headHash: string
}

/** Where a chain comes from: the ledger and the audit log each give their own endpoints. */
export interface ChainSource {
  fetchPage: FetchChainPage
  fetchCheckpoints: (signal?: AbortSignal) => Promise<Checkpoint[]>
  fetchServerVerdict: (signal?: AbortSignal) => Promise<ServerVerdict>
}

export type ChainVerificationState =
  | { status: 'idle' }
  | { status: 'running'; progress: VerifyProgress }
  | { status: 'done'; result: BrowserVerification; server: ServerVerdict | { error: unknown } }
  | { status: 'error'; error: unknown }

/**
 * Agreement between the browser and the server. Records appended while the browser was reading
 * make the server's count larger; that is not a disagreement.
 */
export function verdictsAgree(browser: BrowserVerification, server: ServerVerdict): boolean {
  if (browser.ok !== server.ok) return false
  if (!browser.ok) return browser.firstBrokenSeq === server.firstBrokenSeq
  return server.count > browser.count || server.headHash === browser.headHash
}

export function useChainVerification(source: ChainSource) {
  const [state, setState] = useState<ChainVerificationState>({ status: 'idle' })
  const running = useRef<AbortController | null>(null)

  useEffect(() => () => running.current?.abort(), [])

  const run = useCallback(async () => {
    running.current?.abort()
    const controller = new AbortController()
    running.current = controller
    const { signal } = controller
    const onProgress = (progress: VerifyProgress) => {
      if (!signal.aborted) setState({ status: 'running', progress })
    }
    setState({ status: 'running', progress: { stage: 'fetching', done: 0, total: 0 } })
    try {
      const [records, checkpoints] = await Promise.all([
        collectChain(source.fetchPage, { signal, onProgress }),
        source.fetchCheckpoints(signal),
      ])
      const result = await verifyWithCheckpoints(records, checkpoints, onProgress)
      const server = await source.fetchServerVerdict(signal).catch((error: unknown) => ({ error }))
      if (!signal.aborted) setState({ status: 'done', result, server })
    } catch (error) {
      if (!signal.aborted) setState({ status: 'error', error })
    }
  }, [source])

  const cancel = useCallback(() => {
    running.current?.abort()
    setState({ status: 'idle' })
  }, [])

  return { state, run, cancel }
}
