// Prepositional cues, whose source follows them: "According to X, …" and "…, according to X."

import type { Analysis } from '../analysis.js'
import type { Attribution } from '../attribution.js'
import type { CueMatch } from '../cues.js'
import { forwardContent } from './content.js'
import { kindOf } from './kind.js'
import { charRange, clauseStart, isPunct, isQuote, isTerminal, onlyConnectives } from './text-layer.js'

/** The source runs from the cue to a comma or the sentence's end; the content is the rest of the sentence. */
export function attributePrepositional(a: Analysis, cue: CueMatch): Attribution | null {
  const [sStart, sEnd] = a.sent.around(cue.head)
  let srcEnd = cue.end
  while (srcEnd < sEnd && !isPunct(a, srcEnd, ',') && !isTerminal(a, srcEnd) && !isQuote(a, srcEnd)) srcEnd++
  if (srcEnd === cue.end) return null
  const source: [number, number] = [cue.end, srcEnd]
  const before = clauseStart(a, sStart, cue.start)
  let content: [number, number] | null = null
  if (before >= cue.start || onlyConnectives(a, before, cue.start)) {
    // Sentence-initial: the content follows the source's comma.
    if (isPunct(a, srcEnd, ',')) content = forwardContent(a, srcEnd + 1, sEnd)
  } else {
    let end = cue.start
    if (end > before && isPunct(a, end - 1, ',')) end--
    content = charRange(a, before, end)
  }
  if (!content) return null
  return { cue, source, content: [content], kind: kindOf(a, [content]), sourceAfterCue: true }
}
