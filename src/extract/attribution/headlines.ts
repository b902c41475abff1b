// Headlines that quote a speaker before a colon: "Graham: Trump's Rhetoric Destroying GOP's Chance."

import type { CueLexicon } from '../../lexicon/cues.js'
import { TokenKind } from '../../text/tokenizer.js'
import type { Analysis } from '../analysis.js'
import type { Attribution } from '../attribution.js'
import type { CueMatch } from '../cues.js'
import { forwardContent } from './content.js'
import { kindOf } from './kind.js'
import { isPunct } from './text-layer.js'

/** A line that opens with a short name and a colon, and goes on with a clause, quotes that name. */
export function findHeadlineAttributions(a: Analysis, lexicon: CueLexicon): Attribution[] {
  const out: Attribution[] = []
  for (let s = 0; s < a.sent.count; s++) {
    const start = a.sent.start(s)
    const end = a.sent.end(s)
    if (!a.tok.startsLine(start)) continue
    let colon = start
    while (colon < end && colon - start < 6 && (a.tok.startsUpper(colon) || a.tok.kind(colon) === TokenKind.Initialism || a.lower[colon] === '’s' || a.lower[colon] === "'s")) colon++
    if (colon === start || colon >= end - 2 || !isPunct(a, colon, ':')) continue
    if (lexicon.lineLabels.has(a.lower.slice(start, colon).join(' '))) continue
    const content = forwardContent(a, colon + 1, end)
    if (!content) continue
    const cue: CueMatch = { start: colon, end: colon + 1, head: colon, kind: 'speech', prepositional: false, verb: null }
    out.push({ cue, source: [start, colon], content: [content], kind: kindOf(a, [content]), sourceAfterCue: false })
  }
  return out
}
