import type { CueLexicon } from '../../lexicon/cues.js'
import { englishCueClassifier } from '../cue-classifier.js'
import type { LinearModel } from '../model/perceptron.js'
import { findAttributions } from '../attribution.js'
import { trimNestedContent } from '../nested-content.js'
import { stage } from '../pipeline/stage.js'

export interface AttributionOptions {
  /** The cue words and phrases to propose. Default: the bundle's (lexicon/en/cues.json and cues.learned.json). */
  candidates?: CueLexicon
  /** Accepts or rejects each proposed cue. Default: English's trained classifier (lexicon/en/cue-classifier.json). */
  classifier?: LinearModel
}

/**
 * Attributions (attribution.ts): a cue, its source and its content, direct, indirect or mixed.
 * A cue in a brief's `Source:` line is not a statement, and a content ends where a statement
 * nested in it begins (nested-content.ts).
 */
export function findStatements(options: AttributionOptions = {}) {
  const classifier = options.classifier ?? englishCueClassifier
  return stage('attributions', ['analysis', 'layout'], ['attributions'], (_doc, ctx) => {
    const a = ctx.a
    const candidates = options.candidates ?? ctx.english.cues
    const line = ctx.get('layout')?.sourceLine
    const inSourceLine = (head: number) => line !== undefined && a.tok.start(head) >= line[0] && a.tok.start(head) < line[1]
    const found = findAttributions(a, candidates, classifier).filter((at) => !inSourceLine(at.cue.head))
    ctx.set('attributions', trimNestedContent(a, found))
  })
}
