// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { fingerprintFile } from './file-fingerprint'

describe('fingerprintFile', () => {
  it('fingerprints a file with SHA-256', async () => {
    const file = Object.assign(new Blob(['abc']), { name: 'abc.txt' })
    expect(await fingerprintFile(file)).toEqual({
      name: 'abc.txt',
      size: 3,
      sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    })
  })
})
