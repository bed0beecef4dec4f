// @vitest-environment jsdom
// FileReader, which the console reads uploads with, is the browser's: Node has none.
import { describe, expect, it } from 'vitest'
import { readText } from './read-text'

describe('readText', () => {
  it('reads a file as UTF-8, Chinese and line breaks included', async () => {
    const file = new File(
      [new Uint8Array([0xe5, 0xbc, 0xa0, 0xe4, 0xb8, 0x89, 0x0a, 0x55, 0x31])],
      'users.csv',
    )
    await expect(readText(file)).resolves.toBe('张三\nU1')
  })

  it('reads an empty file as empty text', async () => {
    await expect(readText(new Blob([]))).resolves.toBe('')
  })
})
