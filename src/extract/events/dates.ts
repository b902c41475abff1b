// When an event is: the certain date in its mention's sentence, or, for one that happened and
// says nothing of when, the date its paragraph gives.

import type { Interval, Intervals } from '../../core/intervals.js'
import type { Analysis } from '../analysis.js'
import { findDateMentions } from '../dates.js'
import type { EventOptions, Mention } from './mention.js'

/**
 * The date written in a mention's sentence; when the trigger sits in a statement's content, only
 * the content counts ("On Thursday, X said his meeting …" dates the saying, not the meeting).
 */
export function mentionDate(a: Analysis, m: Mention, options: EventOptions, contents: Intervals<Interval>): string | undefined {
  let from = a.tok.start(a.sent.start(m.sentence))
  let to = a.tok.end(a.sent.end(m.sentence) - 1)
  const at = a.tok.start(m.head)
  const k = contents.firstOverlapping(at, at + 1)
  if (k >= 0) {
    const c = contents.at(k)
    from = Math.max(from, c.start)
    to = Math.min(to, c.end)
  }
  return firstDate(a.text, from, to, options)
}

function firstDate(text: string, from: number, to: number, options: EventOptions, last = false): string | undefined {
  if (to <= from) return undefined
  // A slice keeps the date finder's scan inside the range.
  // Only a date that pins a day: "in July" or "last week" does not say when an event was.
  const found = findDateMentions(text.slice(from, to), 0, to - from, options.date, options.lang ?? 'en').filter((d) => d.certain)
  const m = last ? found[found.length - 1] : found[0]
  return m?.date
}

/** A realised event with no date of its own happened when its paragraph says things happened ("On Friday, … began. … also began."). */
export function narrativeDate(a: Analysis, m: Mention, options: EventOptions): string | undefined {
  const sentStart = a.sent.start(m.sentence)
  let p = sentStart
  while (p > 0 && !a.tok.startsLine(p)) p--
  if (p === sentStart) return undefined
  return firstDate(a.text, a.tok.start(p), a.tok.start(sentStart), options, true)
}
