// The stance a statement takes towards what it is about — an event, a proposal, a course of
// action: support ("a meeting is necessary"), oppose ("unacceptable"), skeptical ("does not
// believe the talks will lead to any breakthrough") or neutral (it names such a thing and takes
// no side). Lexicon-driven, per language (src/lexicon/<lang>/stance.json), with negation:
// "not necessary" opposes, "no doubt" supports, and a negated belief verb raises its negation
// over the rest of its sentence ("I don't think it is necessary" opposes). The cue verb counts
// too: "welcomed", "rejected", "doubted" say more than their content; "denied" turns it around.
//
// The parts live in ./stance/: lexicon.ts compiles a lexicon for the scanner, match.ts says what a
// word is and matches phrases at their anchors, negation.ts reads negation and its reach,
// scoring.ts scores a statement and decides.
//
// Speed: every table is compiled once, when this module loads. Each lexicon phrase is indexed by
// its longest word (its anchor: "against" for "is against", "necessary" for "if necessary"), and
// a bit-mask gate on a word's first two and last characters and its length turns most words of a
// statement away before any lookup; the few that pass are found in a small table under the same key.

import type { Stance } from '../core/records.js'
import { TokenView } from '../text/token-view.js'
import { tokenize } from '../text/tokenizer.js'
import { stanceLexicon } from './stance/lexicon.js'
import { scoreStatement } from './stance/scoring.js'

export type { RawStanceLexicon } from '../lexicon/stance.js'
export { buildStanceLexicon, type StanceLexicon, stanceLexicon } from './stance/lexicon.js'

/** Where a statement's words are, when they are not simply all of `words`. */
export interface WordView {
  /**
   * [from, to) pairs of word indices: the statement's parts (a split quote), read in order, each
   * its own clause. Default: all the words. Lets a caller pass a whole document's token array.
   */
  ranges?: ArrayLike<number>
  /** True when word i was written with a capital: such a word inside a sentence is read as a name. */
  capitalised?: (i: number) => boolean
}

/**
 * The stance of a statement given its words, lower case, in order (punctuation as words too).
 * `cue` holds the cue's words, lower case. `lang`: ISO 639-1 (en, ru, uk; others read as
 * English). Returns undefined when the statement names nothing a stance could be about and
 * expresses none.
 */
export function stanceOfWords(words: readonly string[], cue: readonly string[] | null = null, lang = 'en', view: WordView = {}): Stance | undefined {
  return scoreStatement(stanceLexicon(lang), words, cue, view.ranges, view.capitalised)
}

/**
 * The stance of a statement from its content text and its cue text (null for a bare quote).
 * `lang`: ISO 639-1 (en, ru, uk; others read as English). Tokenises with the project's
 * tokenizer; inside the extractor, `stanceOfWords` reads the tokens already there.
 */
export function stanceOf(content: string, cue: string | null = null, lang = 'en'): Stance | undefined {
  const t = new TokenView(tokenize(content))
  const words = new Array<string>(t.count)
  const caps = new Uint8Array(t.count)
  for (let i = 0; i < t.count; i++) {
    const w = t.text(i)
    const lower = w.toLowerCase()
    words[i] = lower
    caps[i] = w.charCodeAt(0) !== lower.charCodeAt(0) ? 1 : 0
  }
  return stanceOfWords(words, cue === null ? null : cueWords(cue), lang, { capitalised: (i) => caps[i] === 1 })
}

/** A cue's words, lower case. */
export function cueWords(cue: string): string[] {
  const t = new TokenView(tokenize(cue))
  const out = new Array<string>(t.count)
  for (let i = 0; i < t.count; i++) out[i] = t.text(i).toLowerCase()
  return out
}
