// Two clauses that name the source out of subject-verb order: the passive ("was first reported by
// The Washington Post") and the "as" clause before the content ("As Mr. Bown observed, …").

import type { CueLexicon } from '../../lexicon/cues.js'
import { englishGrammar as grammar } from '../../lexicon/grammar.js'
import type { Analysis } from '../analysis.js'
import type { Attribution } from '../attribution.js'
import type { CueMatch } from '../cues.js'
import { forwardContent } from './content.js'
import { makeAttribution } from './kind.js'
import { findSourceBefore } from './source.js'
import { charRange, clauseStart, isPunct, isQuote, isTerminal } from './text-layer.js'

/** "The registration issue was first reported by The Washington Post." — the source follows "by". */
export function attributePassive(a: Analysis, cue: CueMatch, sStart: number, sEnd: number): Attribution | null {
  if (a.lower[cue.end] !== 'by' || !a.lower.slice(cue.start, cue.head).some((w) => grammar.beForms.has(w))) return null
  const from = cue.end + 1
  let end = from
  while (end < sEnd && !isPunct(a, end, ',') && !isQuote(a, end) && !(isTerminal(a, end) && end === sEnd - 1) && end - from < 12) end++
  if (end === from) return null
  const contentStart = clauseStart(a, sStart, cue.start)
  if (contentStart >= cue.start) return null
  const content = charRange(a, contentStart, cue.start)
  return makeAttribution(a, cue, [from, end], [content], true)
}

/** "As Mr. Bown observed, in the early days …" — the source sits in an "as" clause before the content. */
export function attributeAsClause(a: Analysis, lexicon: CueLexicon, cue: CueMatch, sStart: number, sEnd: number, cueHeads: Set<number>): Attribution | null {
  if (!isPunct(a, cue.end, ',')) return null
  const source = findSourceBefore(a, lexicon, cue, sStart, cueHeads)
  if (!source) return null
  // "As X observed," at the start of the sentence or of a clause ("Yet, as X observed,").
  if (a.lower[source[0] - 1] !== 'as' || (source[0] - 1 > sStart && !grammar.coordinators.has(a.lower[source[0] - 2]!) && a.lower[source[0] - 2] !== ',')) return null
  const content = forwardContent(a, cue.end + 1, sEnd)
  return content ? makeAttribution(a, cue, source, [content], false) : null
}
