import { describe, expect, it } from 'vitest'
import { getDomain } from './registrable-domain'

describe('registrable domain for the mock cookie store', () => {
  it('is the last two labels of a host name', () => {
    expect(getDomain('console.renwuyi.example')).toBe('renwuyi.example')
    expect(getDomain('renwuyi.example.')).toBe('renwuyi.example')
  })

  it('does not exist for an IP address or a single label', () => {
    expect(getDomain('127.0.0.1')).toBeNull()
    expect(getDomain('::1')).toBeNull()
    expect(getDomain('localhost')).toBeNull()
  })
})
