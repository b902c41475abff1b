import { keyToken } from './fts.js'

// A date range as year and month tokens for the FTS5 keys column, so that "these words, in
// these months" is one posting-list intersection instead of a table lookup per matching statement.

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** The tokens a statement dated `date` (YYYY-MM-DD…) carries; none for a missing or odd date. */
export function dateTokens(date: string | undefined): string[] {
  const m = date ? /^(\d{4})-(\d{2})/.exec(date) : null
  return m ? [keyToken.year(m[1]!), keyToken.month(m[1]! + m[2]!)] : []
}

export interface DateCover {
  tokens: string[]
  /** True when the tokens cover exactly the range (whole months): no need to check dates one by one. */
  exact: boolean
}

/**
 * Covers the inclusive day range [from, to] with the fewest tokens: whole years as year tokens,
 * the rest month by month. A month the range only partly covers is included and marked inexact.
 * Null when the range is not two YYYY-MM-DD days in order, or would need more than `maxTokens`.
 */
export function coverDates(from: string, to: string, maxTokens = 24): DateCover | null {
  const f = DAY.exec(from)
  const t = DAY.exec(to)
  if (!f || !t || from > to) return null
  const exact = f[3] === '01' && to === lastDayOf(t[1]!, t[2]!)
  const tokens: string[] = []
  let year = Number(f[1])
  let month = Number(f[2])
  const endYear = Number(t[1])
  const endMonth = Number(t[2])
  while (year < endYear || (year === endYear && month <= endMonth)) {
    if (month === 1 && from <= `${year}-01-01` && to >= `${year}-12-31`) {
      tokens.push(keyToken.year(String(year)))
      year++
    } else {
      tokens.push(keyToken.month(`${year}${String(month).padStart(2, '0')}`))
      if (++month > 12) {
        month = 1
        year++
      }
    }
    if (tokens.length > maxTokens) return null
  }
  return tokens.length > maxTokens ? null : { tokens, exact }
}

/** The first day a date prefix takes in: "2025" → "2025-01-01", "2025-03" → "2025-03-01". */
export function firstDay(prefix: string): string {
  return prefix.length === 4 ? `${prefix}-01-01` : prefix.length === 7 ? `${prefix}-01` : prefix.slice(0, 10)
}

/** The last day a date prefix takes in: "2025" → "2025-12-31", "2024-02" → "2024-02-29". */
export function lastDay(prefix: string): string {
  return prefix.length === 4 ? `${prefix}-12-31` : prefix.length === 7 ? lastDayOf(prefix.slice(0, 4), prefix.slice(5, 7)) : prefix.slice(0, 10)
}

function lastDayOf(yyyy: string, mm: string): string {
  const days = new Date(Date.UTC(Number(yyyy), Number(mm), 0)).getUTCDate()
  return `${yyyy}-${mm}-${String(days).padStart(2, '0')}`
}
