import { describe, expect, it } from 'vitest'
import { crc32, createZip } from './zip'

// A bit-at-a-time CRC-32 straight from the definition, to check the table-driven one against.
function referenceCrc32(data: Uint8Array): number {
  let crc = ~0
  for (const byte of data) {
    crc ^= byte
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1))
  }
  return ~crc >>> 0
}

// Reads an archive back from its central directory, independently of the writer's code.
function readZip(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const endAt = bytes.length - 22
  expect(view.getUint32(endAt, true)).toBe(0x06054b50)
  const count = view.getUint16(endAt + 10, true)
  let at = view.getUint32(endAt + 16, true)
  const entries: { name: string; crc: number; data: Uint8Array; flags: number; method: number }[] =
    []
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50)
    const nameLength = view.getUint16(at + 28, true)
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength))
    const local = view.getUint32(at + 42, true)
    expect(view.getUint32(local, true)).toBe(0x04034b50)
    const size = view.getUint32(local + 18, true)
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
    entries.push({
      name,
      crc: view.getUint32(at + 16, true),
      data: bytes.subarray(start, start + size),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(local + 8, true),
    })
    at += 46 + nameLength
  }
  return entries
}

describe('crc32', () => {
  it('gives the standard check value and agrees with the bitwise definition', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926)
    const bytes = new TextEncoder().encode('个人信息副本 = copy\r\n')
    expect(crc32(bytes)).toBe(referenceCrc32(bytes))
    expect(crc32(new Uint8Array())).toBe(0)
  })
})

describe('createZip', () => {
  const files = [
    { name: 'personal-data-copy-R1.json', data: '{"name":"张三"}\n' },
    { name: 'personal-data-copy-R1.csv', data: 'category,field\r\nprofile,name\r\n' },
    { name: '摘要.txt', data: new Uint8Array([0, 1, 2, 255]) },
  ]

  it('round-trips names and contents with matching CRCs, stored and UTF-8 named', () => {
    const entries = readZip(createZip(files, new Date(2026, 10, 29, 12, 30, 10)))
    expect(entries.map((e) => e.name)).toEqual(files.map((f) => f.name))
    entries.forEach((entry, i) => {
      const expected =
        typeof files[i]!.data === 'string'
          ? new TextEncoder().encode(files[i]!.data as string)
          : files[i]!.data
      expect(Array.from(entry.data)).toEqual(Array.from(expected as Uint8Array))
      expect(entry.crc).toBe(referenceCrc32(entry.data))
      expect(entry.method).toBe(0)
      expect(entry.flags & 0x0800).toBe(0x0800)
    })
  })

  it('writes an empty archive as just the end record', () => {
    const bytes = createZip([])
    expect(bytes.length).toBe(22)
    expect(readZip(bytes)).toEqual([])
  })
})
