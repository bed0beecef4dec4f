import { afterEach, describe, expect, it } from 'vitest'
import { callEndpoint } from '../api/http-client'
import { sessionEndpoints } from '../api/endpoints/session'
import { sessionStore } from '../api/session-store'
import { chainSource } from './chain-source'

describe('chainSource', () => {
  afterEach(() => sessionStore.clear())

  it('reads a collection’s links oldest first and the server’s verdict under its path', async () => {
    const session = await callEndpoint(sessionEndpoints.signIn, {
      body: { username: 'compliance01', password: 'Demo@2026' },
    })
    sessionStore.setToken(session.token)
    const source = chainSource('/disclosures')
    const page = await source.fetchPage(1, 3)
    expect(page.items.map((link) => link.seq)).toEqual([1, 2, 3])
    expect(page.items[1]?.prevHash).toBe(page.items[0]?.hash)
    expect(await source.fetchServerVerdict()).toMatchObject({ ok: true, firstBrokenSeq: null })
    expect(Array.isArray(await source.fetchCheckpoints())).toBe(true)
  })
})
