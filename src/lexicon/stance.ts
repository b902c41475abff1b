// Stance lexicons per language (lexicon/<lang>/stance.json, the same fields in each; the English
// file's `_comment` explains them): the words and phrases that take a side, negate, break a clause.
// Compiled for the scanner by src/extract/stance/lexicon.ts.

import en from './en/stance.json' with { type: 'json' }
import ru from './ru/stance.json' with { type: 'json' }
import uk from './uk/stance.json' with { type: 'json' }
import type { Stance } from '../core/records.js'

/** The shape of a src/lexicon/<lang>/stance.json file. */
export interface RawStanceLexicon {
  negators: string[]
  negatorSuffixes?: string[]
  pseudoNegations?: string[]
  negationWindow: number
  clauseBreaks: string[]
  scopeBreaks: string[]
  contrastives?: string[]
  contrastWeight?: number
  classes: Record<string, RawStanceClass>
  cues: Record<string, RawStanceCueClass>
  topics: string[]
  /** Frequent words a phrase is not filed under when it has another ("we", "is", "the"). */
  anchorStopwords?: string[]
}

export interface RawStanceClass {
  stance: Stance | null
  negated: Stance | null
  weight: number
  /** A belief verb: its negation is raised over the rest of the sentence. */
  belief?: boolean
  /** A modal (should, must): a negator just after it negates it, and a stance word close after it speaks for it. */
  modal?: boolean
  terms: string[]
}

export interface RawStanceCueClass {
  stance?: Stance
  weight?: number
  /** The cue denies its content: the content's stance turns around. */
  invert?: boolean
  terms: string[]
}

/** The shipped stance lexicons by ISO 639-1 language. */
export const shippedStanceLexicons: ReadonlyMap<string, RawStanceLexicon> = new Map([
  ['en', en as RawStanceLexicon],
  ['ru', ru as RawStanceLexicon],
  ['uk', uk as RawStanceLexicon],
])
