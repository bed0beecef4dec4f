// A ZIP writer for the few small files of a download (the personal-data copy): entries are
// stored without compression, which every unzip tool reads and which keeps this file small and
// dependency-free. Loaded only by the page that builds a ZIP (dynamic import).

export interface ZipEntry {
  name: string
  data: Uint8Array | string
}

const TABLE = (() => {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
})()

/** CRC-32 (IEEE 802.3, the one ZIP uses). */
export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff
  for (const byte of data) crc = TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

// MS-DOS date and time, as ZIP stores them (local time, two-second steps, from 1980).
function dosDateTime(at: Date): { time: number; date: number } {
  const year = Math.max(1980, at.getFullYear())
  return {
    time: (at.getHours() << 11) | (at.getMinutes() << 5) | Math.floor(at.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate(),
  }
}

const UTF8_NAMES = 0x0800

interface EntryFields {
  time: number
  date: number
  crc: number
  size: number
  nameLength: number
}

// The fields a local header and its central-directory record both hold, in the same order (from
// the version needed to extract to the name's length): the local header has them at offset 4,
// the central record at 6, after the version made by.
function writeEntryFields(view: DataView, at: number, fields: EntryFields): void {
  view.setUint16(at, 10, true) // version 1.0: stored entries need nothing newer
  view.setUint16(at + 2, UTF8_NAMES, true)
  view.setUint16(at + 4, 0, true) // stored, not compressed
  view.setUint16(at + 6, fields.time, true)
  view.setUint16(at + 8, fields.date, true)
  view.setUint32(at + 10, fields.crc, true)
  view.setUint32(at + 14, fields.size, true) // compressed size: the same, as stored
  view.setUint32(at + 18, fields.size, true)
  view.setUint16(at + 22, fields.nameLength, true)
}

/** The bytes of a ZIP archive holding the entries, in order. */
export function createZip(
  entries: readonly ZipEntry[],
  modified: Date = new Date(),
): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder()
  const { time, date } = dosDateTime(modified)
  const locals: Uint8Array[] = []
  const centrals: Uint8Array[] = []
  let offset = 0
  for (const entry of entries) {
    const name = encoder.encode(entry.name)
    const data = typeof entry.data === 'string' ? encoder.encode(entry.data) : entry.data
    const fields = { time, date, crc: crc32(data), size: data.length, nameLength: name.length }
    const local = new Uint8Array(30 + name.length + data.length)
    const l = new DataView(local.buffer)
    l.setUint32(0, 0x04034b50, true)
    writeEntryFields(l, 4, fields)
    l.setUint16(28, 0, true)
    local.set(name, 30)
    local.set(data, 30 + name.length)

    const central = new Uint8Array(46 + name.length)
    const c = new DataView(central.buffer)
    c.setUint32(0, 0x02014b50, true)
    c.setUint16(4, 20, true)
    writeEntryFields(c, 6, fields)
    c.setUint32(42, offset, true)
    central.set(name, 46)

    locals.push(local)
    centrals.push(central)
    offset += local.length
  }
  const centralSize = centrals.reduce((n, c) => n + c.length, 0)
  const end = new Uint8Array(22)
  const e = new DataView(end.buffer)
  e.setUint32(0, 0x06054b50, true)
  e.setUint16(8, entries.length, true)
  e.setUint16(10, entries.length, true)
  e.setUint32(12, centralSize, true)
  e.setUint32(16, offset, true)

  const out = new Uint8Array(offset + centralSize + end.length)
  let at = 0
  for (const part of [...locals, ...centrals, end]) {
    out.set(part, at)
    at += part.length
  }
  return out
}
