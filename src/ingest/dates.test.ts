import { describe, expect, it } from 'vitest'
import { fromUnixSeconds, normalizeDate } from './dates.js'

describe('normalizeDate', () => {
  it('keeps ISO dates and date-times, with the offset they were written with', () => {
    expect(normalizeDate('2026-03-13')).toBe('2026-03-13')
    expect(normalizeDate('2026-03-13T09:45:00+01:00')).toBe('2026-03-13T09:45:00+01:00')
    expect(normalizeDate('2026-03-13T01:00+0300')).toBe('2026-03-13T01:00:00+03:00') // not moved to the 12th
    expect(normalizeDate('2026-03-13 09:45:10.123Z')).toBe('2026-03-13T09:45:10Z')
    expect(normalizeDate('2026-03-13T23:45:00')).toBe('2026-03-13T23:45:00') // local time stays local
  })

  it('reads RFC 822 dates as RSS writes them', () => {
    expect(normalizeDate('Fri, 13 Mar 2026 09:45:00 +0100')).toBe('2026-03-13T09:45:00+01:00')
    expect(normalizeDate('Mon, 09 Mar 2026 17:00:00 GMT')).toBe('2026-03-09T17:00:00Z')
    expect(normalizeDate('8 Mar 26 08:00 EST')).toBe('2026-03-08T08:00:00-05:00')
  })

  it('reads the dates pages print', () => {
    expect(normalizeDate('March 13, 2026')).toBe('2026-03-13')
    expect(normalizeDate('13 March 2026')).toBe('2026-03-13')
  })

  it('refuses what is not a real date', () => {
    for (const bad of ['2026-02-30', '2026-13-01', 'yesterday', '13/03/2026', '2026-03-13T25:00:00Z', 'Fri, 13 Foo 2026 09:00:00 GMT', '']) {
      expect(normalizeDate(bad), bad).toBeUndefined()
    }
  })

  it('refuses dates no news text has: placeholders, and years far off', () => {
    const nextYear = new Date().getUTCFullYear() + 1
    for (const bad of ['0001-01-01', '1899-12-31', `${nextYear + 1}-01-01`, '9999-12-31T23:59:59Z', 'Mon, 01 Jan 0001 00:00:00 GMT']) {
      expect(normalizeDate(bad), bad).toBeUndefined()
    }
    expect(normalizeDate('1900-01-01')).toBe('1900-01-01')
    expect(normalizeDate(`${nextYear}-12-31`)).toBe(`${nextYear}-12-31`)
  })
})

describe('fromUnixSeconds', () => {
  it('gives UTC without milliseconds', () => {
    expect(fromUnixSeconds(1773393300)).toBe('2026-03-13T09:15:00Z')
    expect(fromUnixSeconds(Number.NaN)).toBeUndefined()
    expect(fromUnixSeconds(-2208988800 - 1)).toBeUndefined() // 1899-12-31T23:59:59Z
    expect(fromUnixSeconds(1e11)).toBeUndefined() // the year 5138, milliseconds taken for seconds
  })
})
