// Negation and its reach: a negator a few words before a stance word, in its clause and after the
// previous one, negates it ("not necessary"), unless it opens a pseudo-negation ("not only").

import { NEGATOR, infoOf, SELF_NEGATED } from './match.js'
import type { StanceLexicon } from './lexicon.js'

/** Word j is a negator, and not the first word of a pseudo-negation ("not only"); `hi` ends the words. */
export function isNegator(lex: StanceLexicon, words: readonly string[], j: number, hi: number): boolean {
  if (!(infoOf(lex, words[j]!).flags & NEGATOR)) return false
  return j + 1 >= hi || !lex.pseudoNegations.has(words[j] + ' ' + words[j + 1])
}

/** A negator at most `negationWindow` words before word i and not before word `from`, or word i's own ending ("shouldn't"). */
export function negatedBefore(lex: StanceLexicon, words: readonly string[], i: number, from: number, hi: number): boolean {
  if (infoOf(lex, words[i]!).flags & SELF_NEGATED) return true
  for (let j = i - 1; j >= from && j >= i - lex.negationWindow; j--) if (isNegator(lex, words, j, hi)) return true
  return false
}
