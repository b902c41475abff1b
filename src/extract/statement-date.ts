import type { Span } from '../core/records.js'
import { englishCalendar } from '../lexicon/calendar.js'
import { TokenKind } from '../text/tokenizer.js'
import { type Analysis, isCapitalized } from './analysis.js'
import type { Attribution } from './attribution.js'
import { findDateMentions, writesYear } from './dates.js'

// When a statement was made: the date its sentence states outside its content ("On Thursday 15
// May, X said"), else the document's.

export type StatementDate = { date: string; dateUncertain?: true }

export function statementDate(a: Analysis, at: Attribution, content: readonly Span[], docDate: string | undefined, lang: string): StatementDate | undefined {
  const [sentenceStart, sentenceEnd] = a.sent.around(at.cue.head)
  let from = a.tok.start(sentenceStart)
  const to = a.tok.end(sentenceEnd - 1)
  // Only the parts of the sentence outside the content say when it was said.
  for (const c of [...content.filter((c) => c.end > from && c.start < to), { start: to, end: to }]) {
    if (c.start > from && mayHoldDate(a, from, c.start, docDate !== undefined)) {
      const m = findDateMentions(a.text, from, c.start, docDate, lang)[0]
      if (m) return m.certain ? { date: m.date } : { date: m.date, dateUncertain: true }
    }
    from = Math.max(from, c.end)
  }
  return docDate ? { date: docDate.slice(0, 10) } : undefined
}

const DATE_WORDS = new Set([...[...englishCalendar.dateWords].filter((w) => !englishCalendar.commonWords.has(w)), ...englishCalendar.relativeDays, 'ago', 'week', 'month', 'year', 'weekend'])
/** Month and weekday names that are also common words count only when capitalised. */
const CAPITALISED_DATE_WORDS = englishCalendar.commonWords
const NUMERIC_DATE = /\d[./-]\d/

/**
 * A cheap test before the date parser: a month, weekday or relative word, or a numeric date.
 * Without a reference date only a date that states its year can resolve, so a year is required.
 */
function mayHoldDate(a: Analysis, from: number, to: number, hasReference: boolean): boolean {
  if (!hasReference && !writesYear(a.text, from, to)) return false
  for (let k = a.tok.at(from); k < a.tok.count && a.tok.start(k) < to; k++) {
    const w = a.lower[k]!
    if (DATE_WORDS.has(w) || (CAPITALISED_DATE_WORDS.has(w) && isCapitalized(a, k))) return true
    if (a.tok.kind(k) === TokenKind.Number && NUMERIC_DATE.test(a.text.slice(a.tok.start(k), k + 1 < a.tok.count ? a.tok.end(k + 1) : a.tok.end(k)))) return true
  }
  // Russian and Ukrainian are left to the date finder's own trigger test.
  return a.lower.length > 0 && !/^[\x00-\x7f]*$/.test(a.text.slice(from, to))
}
