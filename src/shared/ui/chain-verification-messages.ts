import { registerMessages } from '../i18n/i18n'

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> }

const zhCN = {
  title: '完整性校验',
  intro:
    '浏览器逐页下载全部记录，用 WebCrypto 独立重算每条记录的 SHA-256 哈希并核对链接，不依赖服务器的自检；链头再与最近签署的检查点比对，因此整链改写或截断也能发现。',
  run: '在浏览器中校验',
  again: '重新校验',
  cancel: '停止',
  fetching: '正在下载记录 {{done}} / {{total}}',
  hashing: '正在计算哈希 {{done}} / {{total}}',
  progress: '校验进度',
  ok: '链完整：已校验 {{count}} 条记录',
  broken: '链已被篡改：第 {{seq}} 条起无法验证',
  failed: '校验未能完成',
  reason: {
    hash_mismatch: '记录内容与其哈希不符（记录被修改）',
    prev_link: '记录未链接到前一条记录（记录被删除、插入或调换顺序）',
    seq_gap: '序号不连续（记录缺失或重复）',
    checkpoint_mismatch: '与已签署的检查点不一致（检查点之后整链被改写）',
    truncated: '记录少于已签署的检查点（链被截断）',
  },
  field: {
    count: '已校验记录数',
    headHash: '链头哈希',
    firstBroken: '首个断点序号',
    reason: '原因',
    checkpoint: '比对的检查点',
    server: '服务器自检结果',
    agreement: '两者是否一致',
  },
  noCheckpoint: '尚无检查点',
  checkpointSummary: '{{count}} 条 · {{at}} · {{by}}',
  failedCheckpoint: '不一致的检查点：{{summary}}',
  serverOk: '完整（{{count}} 条）',
  serverBroken: '第 {{seq}} 条起损坏',
  agree: '一致',
  disagree: '不一致：服务器的自检结果不可信，请以浏览器校验为准并上报',
  checkpoints: {
    title: '检查点',
    intro:
      '检查点记录链头哈希、记录数、时间和签署人，保存在台账之外。只能为刚在浏览器中校验通过的链头签署。',
    sign: '签署检查点（{{count}} 条）',
    signed: '已签署检查点：{{count}} 条记录',
    needOk: '请先在浏览器中校验通过',
    latest: '最近的检查点',
    history: '全部检查点',
    col: { count: '记录数', headHash: '链头哈希', at: '签署时间', by: '签署人' },
    empty: '尚未签署检查点',
  },
}

const enUS: Shape<typeof zhCN> = {
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
}

registerMessages('chain', { 'zh-CN': zhCN, 'en-US': enUS })
