import { describe, expect, it } from 'vitest'
import { exportTime, csvForSpreadsheets, exportLanguage } from './csv-export'

describe('exportLanguage', () => {
  it.each([
    [null, 'zh-CN'],
    ['', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['en-US', 'en-US'],
    ['en', 'en-US'],
    ['en-GB,en;q=0.9', 'en-US'],
    ['fr-FR,en;q=0.5,zh;q=0.8', 'zh-CN'],
    ['zh-TW;q=0.2,en-US;q=0.7', 'en-US'],
    ['de-DE', 'zh-CN'],
    ['en;q=0,zh-CN', 'zh-CN'],
  ])('reads %j as %s', (header, language) => {
    expect(exportLanguage(header)).toBe(language)
  })
})

describe('exportTime', () => {
  it.each([
    ['2026-10-08T01:30:00.000Z', '2026-10-08 09:30:00'],
    ['2026-10-08T09:30:00+08:00', '2026-10-08 09:30:00'],
    ['2026-12-31T16:00:01Z', '2027-01-01 00:00:01'],
    [null, ''],
  ])('writes %j as %j', (iso, text) => {
    expect(exportTime(iso)).toBe(text)
  })
})

describe('csvForSpreadsheets', () => {
  it('puts a byte-order mark before the RFC 4180 text and still neutralises formulas', () => {
    expect(csvForSpreadsheets(['名称', '值'], [['=1+1', '中文']])).toBe(
      "\uFEFF名称,值\r\n'=1+1,中文\r\n",
    )
  })
})
