import { describe, expect, it } from 'vitest'
import { coverDates, dateTokens, firstDay, lastDay } from './date-keys.js'

describe('date keys', () => {
  it('gives a dated statement its year and month', () => {
    expect(dateTokens('2025-03-05')).toEqual(['y2025', 'm202503'])
    expect(dateTokens(undefined)).toEqual([])
    expect(dateTokens('soon')).toEqual([])
  })

  it('covers whole months exactly, and marks partial months inexact', () => {
    expect(coverDates('2025-03-01', '2025-04-30')).toEqual({ tokens: ['m202503', 'm202504'], exact: true })
    expect(coverDates('2025-03-05', '2025-04-30')).toEqual({ tokens: ['m202503', 'm202504'], exact: false })
    expect(coverDates('2025-03-01', '2025-03-30')).toEqual({ tokens: ['m202503'], exact: false })
    expect(coverDates('2024-02-01', '2024-02-29')).toEqual({ tokens: ['m202402'], exact: true })
  })

  it('uses a year token for a whole year inside the range', () => {
    expect(coverDates('2023-11-01', '2025-01-31')).toEqual({ tokens: ['m202311', 'm202312', 'y2024', 'm202501'], exact: true })
    expect(coverDates('2024-01-01', '2024-12-31')).toEqual({ tokens: ['y2024'], exact: true })
    expect(coverDates('2024-01-02', '2024-12-31')?.tokens).toHaveLength(12)
  })

  it('refuses what it cannot cover', () => {
    expect(coverDates('2025-04-01', '2025-03-01')).toBeNull()
    expect(coverDates('2025-04', '2025-05-01')).toBeNull()
    expect(coverDates('2020-02-01', '2030-11-30', 5)).toBeNull()
  })

  it('reads date prefixes as their first and last days', () => {
    expect([firstDay('2025'), lastDay('2025')]).toEqual(['2025-01-01', '2025-12-31'])
    expect([firstDay('2024-02'), lastDay('2024-02')]).toEqual(['2024-02-01', '2024-02-29'])
    expect([firstDay('2024-02-10'), lastDay('2024-02-10')]).toEqual(['2024-02-10', '2024-02-10'])
  })
})
