// Verb cues: "X said (that) …", "…, X said.", "…, said X.", "X, who …, said …", and a participle
// or a second verb sharing the subject before it (", adding that …", "… and said that …").

import type { CueLexicon } from '../../lexicon/cues.js'
import type { Analysis } from '../analysis.js'
import type { Attribution } from '../attribution.js'
import type { CueMatch } from '../cues.js'
import { forwardContentAfterCue } from './after-cue.js'
import { addContinuations, backwardContent } from './content.js'
import { makeAttribution } from './kind.js'
import { attributeAsClause, attributePassive } from './passive-and-as.js'
import { findSourceAfter, findSourceBefore, subjectAtSentenceStart } from './source.js'
import { followsClosingQuote, isPunct } from './text-layer.js'

/**
 * The attribution of a verb cue: its passive or "as" form; else the source before it and the content
 * after it; else the content before it (a quotation or a clause), with its source before or after the cue.
 */
export function attributeVerb(a: Analysis, lexicon: CueLexicon, cue: CueMatch, cueHeads: Set<number>, sourcedBySentence: ReadonlyMap<number, Attribution>): Attribution | null {
  const [sStart, sEnd] = a.sent.around(cue.head)
  const passive = attributePassive(a, cue, sStart, sEnd)
  if (passive) return passive
  const aside = attributeAsClause(a, lexicon, cue, sStart, sEnd, cueHeads)
  if (aside) return aside
  // ", adding that …" and "… and said that …": the verb shares the subject of the clause before it.
  const participle =
    cue.start > sStart &&
    ((a.lower[cue.head]!.endsWith('ing') && isPunct(a, cue.start - 1, ',')) || ((a.lower[cue.start - 1] === 'and' || a.lower[cue.start - 1] === 'but') && cue.start - 1 > sStart))
  let source = participle ? null : findSourceBefore(a, lexicon, cue, sStart, cueHeads)
  if (participle) {
    // ", adding that …": the subject is the previous attribution's source in this sentence.
    const previous = sourcedBySentence.get(sStart)
    source = previous?.source ?? subjectAtSentenceStart(a, sStart, cue.start)
    if (!source) return null
  }
  const quotedBefore = !participle && source !== null && followsClosingQuote(a, source[0])
  const forward = quotedBefore ? null : forwardContentAfterCue(a, lexicon, cue, sEnd)
  if (source && forward) {
    return makeAttribution(a, cue, source, [forward], false)
  }
  if (participle) return null
  // Content before the cue: the quotation or clause ending just before the source (or the cue).
  const boundary = source ? source[0] - 1 : cue.start - 1
  let invertedSource: [number, number] | null = null
  let after = cue.end
  if (!source) {
    invertedSource = findSourceAfter(a, cue.end, sEnd)
    if (!invertedSource) return null
    after = invertedSource[1]
  }
  const content = backwardContent(a, boundary, sStart)
  if (!content) return null
  const spans = [content]
  addContinuations(a, after, sEnd, spans)
  return makeAttribution(a, cue, source ?? invertedSource!, spans, invertedSource !== null)
}
