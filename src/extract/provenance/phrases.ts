// Phrase indexes: lexicon phrases split as the tokenizer splits text, keyed by their first word,
// longest first, and matched against a document's lower-case tokens.

import { TokenView } from '../../text/token-view.js'
import { tokenize } from '../../text/tokenizer.js'
import type { Analysis } from '../analysis.js'

export interface Phrase<T> {
  words: string[]
  value: T
}

/** Phrases keyed by their first word, longest first. */
export type PhraseIndex<T> = Map<string, Phrase<T>[]>

export function phraseIndex<T>(entries: [string, T][]): PhraseIndex<T> {
  const index: PhraseIndex<T> = new Map()
  for (const [phrase, value] of entries) {
    const words = tokenWords(phrase)
    const list = index.get(words[0]!) ?? []
    list.push({ words, value })
    list.sort((x, y) => y.words.length - x.words.length)
    index.set(words[0]!, list)
  }
  return index
}

/** Lower-case tokens of a phrase, split as the tokenizer splits text. */
export function tokenWords(phrase: string): string[] {
  const t = new TokenView(tokenize(phrase.toLowerCase()))
  const words: string[] = []
  for (let i = 0; i < t.count; i++) words.push(t.text(i))
  return words
}

/** Tokens i + 1 … of the document spell the rest of `words` (token i is known to be the first), within `to`. */
export function wordsAt(a: Analysis, i: number, words: readonly string[], to: number): boolean {
  if (i + words.length > to) return false
  for (let k = 1; k < words.length; k++) if (a.lower[i + k] !== words[k]) return false
  return true
}

/** The longest phrase of `index` at token k that ends by `to`. */
export function phraseAt<T>(a: Analysis, index: PhraseIndex<T>, k: number, to: number): Phrase<T> | null {
  const phrases = index.get(a.lower[k]!)
  if (phrases) for (const p of phrases) if (wordsAt(a, k, p.words, to)) return p
  return null
}
