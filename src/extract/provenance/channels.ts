// Channel phrases: an outlet named as the way a statement came to us — after a phrase ("according
// to TASS", "told RIA Novosti", "in an interview with Kommersant", which may imply a medium) or
// before a verb ("…, Interfax reported", "TASS has reported").

import { englishProvenance } from '../../lexicon/provenance.js'
import type { Analysis } from '../analysis.js'
import { type Phrase, type PhraseIndex, phraseIndex, wordsAt } from './phrases.js'

/** Phrases an outlet follows, keyed by their first word, each with the medium it implies. */
export const CHANNEL_BEFORE: PhraseIndex<string | undefined> = phraseIndex(englishProvenance.channelBefore.map((p) => [p.phrase, p.medium]))
/** Verbs an outlet stands before: "reported". */
export const CHANNEL_AFTER: ReadonlySet<string> = englishProvenance.channelAfter
const AUXILIARIES = englishProvenance.channelAfterAuxiliaries

/** The first of `phrases` (those opening with token i's word) spelt at token i within `to`: the outlet, if any, follows it. */
export function channelPhraseAt(a: Analysis, phrases: readonly Phrase<string | undefined>[], i: number, to: number): Phrase<string | undefined> | null {
  for (const p of phrases) if (wordsAt(a, i, p.words, to)) return p
  return null
}

/** Where the outlet before a channel verb at token `verb` ends: before the auxiliaries that may stand between them, not before `from`. */
export function outletEndBefore(a: Analysis, verb: number, from: number): number {
  let b = verb
  while (b > from && AUXILIARIES.has(a.lower[b - 1]!)) b--
  return b
}
