// How far along an event is: the status cues around a mention ("will be held", "took place",
// "was cancelled"), the latest stage any of them names winning, a negated cue not counting; and a
// place right after a cue ("began in Istanbul").

import type { EventStatus } from '../../core/records.js'
import { type EventLexicon, STATUS_RANK, type StatusCue } from '../../lexicon/events.js'
import { isCapitalized } from '../analysis.js'
import { mentionAt } from '../entities.js'
import { matches, type Mention, type MentionText } from './mention.js'
import { placeAt } from './places.js'

/**
 * The status cues around a mention: a few tokens before it (up to a clause boundary), its own
 * words, and the clause after it. The latest stage any cue names wins; a negated cue counts not.
 * A place right after a cue is the event's ("began in Istanbul", "will be held in Geneva").
 */
export function readStatus(c: MentionText, m: Mention, low: number, high: number): void {
  const { a, lex } = c
  const { lower } = a
  let from = m.start
  for (let steps = 0; from - 1 >= low && steps < 4 && !lex.beforeBreaks.has(lower[from - 1]!) && !a.tok.isQuote(from - 1); steps++) from--
  let to = m.end
  for (let steps = 0; to < high && steps < 10 && !lex.clauseBreaks.has(lower[to]!); steps++) to++
  let best: EventStatus = 'unknown'
  let modalOnly = false
  for (let p = from; p < to; p++) {
    const w = lower[p]!
    if (!m.further && longest(lex.newEventCues.get(w), lower, p, to)) m.further = true
    let cue: StatusCue | undefined
    let length = 0
    let alone = false
    const modal = longest(lex.modals.get(w), lower, p, to)
    if (modal) {
      length = modal.words.length
      // The modal governs the status verb after it: "should be held", "will begin".
      let governs = m.verb && p < m.head && m.head - p <= 3
      for (let q = p + length; q < Math.min(to, p + length + 3); q++) {
        const governed = longest(lex.status.get(lower[q]!), lower, q, to)
        if (governed) {
          length = q - p + governed.words.length
          governs = true
          break
        }
      }
      if (governs || !lex.weakModals.has(w)) cue = modal
      alone = !governs
    } else {
      cue = longest(lex.status.get(w), lower, p, to) ?? (p < m.head ? longest(lex.statusBefore.get(w), lower, p, m.head) : undefined)
      length = cue?.words.length ?? 0
    }
    if (!cue) continue
    if (!negated(lower, lex, p, from) && STATUS_RANK[cue.status] > STATUS_RANK[best]) {
      best = cue.status
      modalOnly = alone
    }
    p += length - 1
    if (!m.place && p + 1 >= m.end) {
      // "began in Istanbul", "is scheduled for 20 May in Ankara": the cue's own words, within
      // the sentence even past the window the cue was looked for in.
      let q = p + 1
      while (q < high && q - p <= 4 && (lower[q] === ',' || lex.dateFillers.has(lower[q]!) || a.tok.isNumber(q) || (isCapitalized(a, q) && !mentionAt(c.names, q)))) q++
      if (q < high && lex.placePrepositions.has(lower[q]!)) {
        const place = placeAt(c, q + 1, high)
        if (place) m.place = place.id
      }
    }
  }
  m.status = best
  m.modalOnly = modalOnly
}

function longest<T extends { words: string[] }>(list: T[] | undefined, lower: string[], p: number, to: number): T | undefined {
  if (!list) return undefined
  for (const item of list) if (p + item.words.length <= to && matches(lower, p, item.words, to)) return item
  return undefined
}

function negated(lower: string[], lex: EventLexicon, p: number, from: number): boolean {
  for (let q = p - 1; q >= Math.max(from, p - 2); q--) if (lex.negations.has(lower[q]!)) return true
  return false
}
