// Attribution: who said what, found by clause-level rules over the text layer. This file holds the
// record and the order rules run in; each rule is a file under attribution/.

import type { StatementKind } from '../core/records.js'
import type { CueLexicon } from '../lexicon/cues.js'
import type { Analysis } from './analysis.js'
import { attributePrepositional } from './attribution/according-to.js'
import { findHeadlineAttributions } from './attribution/headlines.js'
import { attributeVerb } from './attribution/verb-cues.js'
import { keepLikelyCues } from './cue-classifier.js'
import { type CueMatch, findCues } from './cues.js'
import type { LinearModel } from './model/perceptron.js'

export { kindOf } from './attribution/kind.js'

/** An attribution before speakers are resolved: token ranges for the source, character ranges for content. */
export interface Attribution {
  cue: CueMatch
  /** Source tokens [start, end), or null when the text names none. */
  source: [number, number] | null
  /** Character ranges [start, end) of what was said, in text order. */
  content: [number, number][]
  kind: StatementKind
  /** The source stands after the cue: "…, said Smith." / "according to TASS". */
  sourceAfterCue: boolean
}

/** Finds attributed statements: cue, source and content, by clause-level rules over the text layer. */
export function findAttributions(a: Analysis, lexicon: CueLexicon, classifier?: LinearModel): Attribution[] {
  const candidates = findCues(a, lexicon)
  const cues = classifier ? keepLikelyCues(a, candidates, classifier) : candidates
  const cueHeads = new Set(cues.map((c) => c.head))
  const out: Attribution[] = findHeadlineAttributions(a, lexicon)
  // The latest attribution with a source in each sentence (by its first token), for participle cues:
  // a lookup, not a scan back over every earlier attribution.
  const sourcedBySentence = new Map<number, Attribution>()
  const remember = (at: Attribution) => {
    if (at.source) sourcedBySentence.set(a.sent.start(a.sent.of(at.cue.head)), at)
  }
  out.forEach(remember)
  for (const cue of cues) {
    const found = cue.prepositional ? attributePrepositional(a, cue) : attributeVerb(a, lexicon, cue, cueHeads, sourcedBySentence)
    if (found && found.content.length > 0) {
      out.push(found)
      remember(found)
    }
  }
  return out
}
