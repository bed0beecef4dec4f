import { english } from '../messages'
import type { zhCN } from './zh-CN'

export const enUS = english<typeof zhCN>()({
  title: 'Integrity check',
  intro:
    "The browser downloads every record page by page and recomputes each record's SHA-256 hash and link with WebCrypto, independently of the server's own check; the head is then compared with the latest signed checkpoint, so a rewrite or truncation of the whole chain is caught too.",
  run: 'Verify in the browser',
  again: 'Verify again',
  cancel: 'Stop',
  fetching: 'Downloading records {{done}} / {{total}}',
  hashing: 'Hashing {{done}} / {{total}}',
  progress: 'Verification progress',
  ok: 'Chain intact: {{count}} records verified',
  broken: 'Chain tampered with: cannot be verified from seq {{seq}}',
  failed: 'Verification could not finish',
  reason: {
    hash_mismatch: 'The record does not match its hash (the record was changed)',
    prev_link:
      'The record does not link to the one before (a record was deleted, inserted or reordered)',
    seq_gap: 'The sequence has a gap or a repeat (a record is missing or duplicated)',
    checkpoint_mismatch: 'Does not match a signed checkpoint (the chain was rewritten after it)',
    truncated: 'Fewer records than a signed checkpoint (the chain was truncated)',
  },
  field: {
    count: 'Records verified',
    headHash: 'Head hash',
    firstBroken: 'First broken seq',
    reason: 'Reason',
    checkpoint: 'Compared with checkpoint',
    server: "Server's own check",
    agreement: 'Do they agree',
  },
  noCheckpoint: 'No checkpoint yet',
  checkpointSummary: '{{count}} records · {{at}} · {{by}}',
  failedCheckpoint: 'Checkpoint that does not match: {{summary}}',
  serverOk: 'Intact ({{count}} records)',
  serverBroken: 'Broken from seq {{seq}}',
  agree: 'Yes',
  disagree:
    "No: the server's own check cannot be trusted; rely on the browser's result and report it",
  checkpoints: {
    title: 'Checkpoints',
    intro:
      'A checkpoint records the head hash, the record count, the time and who signed it, outside the ledger. Only a head just verified in the browser can be signed.',
    sign: 'Sign checkpoint ({{count}} records)',
    signed: 'Checkpoint signed: {{count}} records',
    needOk: 'Verify the chain in the browser first',
    latest: 'Latest checkpoint',
    history: 'All checkpoints',
    col: { count: 'Records', headHash: 'Head hash', at: 'Signed at', by: 'Signed by' },
    empty: 'No checkpoint signed yet',
  },
})
