// Names matched token by token (outlets, platforms): a trie over lower-case tokens, walked forwards
// and, for "…, TASS reported", backwards; a name written with a capital needs one in the text.

import { englishProvenance } from '../../lexicon/provenance.js'
import { type Analysis, isCapitalized } from '../analysis.js'
import { tokenWords } from './phrases.js'
import { wordShapes } from './word-shapes.js'

/** A name's entry: what it names, whether it needs a capital, whether it is ambiguous. */
export interface NameHit<T> {
  value: T
  cased: boolean
  ambiguous: boolean
}

/** A trie over lower-case tokens: walking it reads only the token strings, building none. */
export interface TrieNode<T> {
  next?: Map<string, TrieNode<T>>
  hit?: NameHit<T>
}

/** Names matched token by token, forwards and (for "…, TASS reported") backwards. */
export interface NameMatcher<T> {
  forward: TrieNode<T>
  backward: TrieNode<T>
  /** The first word of each name after an article: a cheap test for a name somewhere in a run of words. */
  heads: Set<string>
  headShapes: Uint8Array
  /** Shapes of the first and of the last word of every name, for the forward and backward walks. */
  firstShapes: Uint8Array
  lastShapes: Uint8Array
}

const NAME_ARTICLES = englishProvenance.nameArticles
/** A name's leading article, as a name is written: "The Sun" needs its capital on "Sun". */
const LEADING_ARTICLE = NAME_ARTICLES.size > 0 ? new RegExp(`^(?:${[...NAME_ARTICLES].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s+`, 'i') : null

export function nameMatcher<T>(names: [string, T, boolean?][]): NameMatcher<T> {
  const m: NameMatcher<T> = { forward: {}, backward: {}, heads: new Set(), headShapes: new Uint8Array(0), firstShapes: new Uint8Array(0), lastShapes: new Uint8Array(0) }
  for (const [name, value, ambiguous = false] of names) {
    const words = tokenWords(name)
    if (words.length === 0) continue
    // A name written with a capital ("Telegram", "The Sun") needs a capital in the text; "dpa" does not.
    const first = LEADING_ARTICLE ? name.replace(LEADING_ARTICLE, '') : name
    const cased = first[0] !== first[0]!.toLowerCase()
    for (const [root, sequence] of [[m.forward, words], [m.backward, [...words].reverse()]] as const) {
      let node = root
      for (const w of sequence) {
        node.next ??= new Map()
        let child = node.next.get(w)
        if (!child) node.next.set(w, (child = {}))
        node = child
      }
      if (!node.hit) node.hit = { value, cased, ambiguous }
      else {
        if (!cased) node.hit.cased = false
        if (!ambiguous) node.hit.ambiguous = false
      }
    }
    m.heads.add(NAME_ARTICLES.has(words[0]!) && words.length > 1 ? words[1]! : words[0]!)
  }
  m.firstShapes = wordShapes(m.forward.next?.keys() ?? [])
  m.lastShapes = wordShapes(m.backward.next?.keys() ?? [])
  return m
}

/** Whether a name matched from token k is written as it must be: with a capital, when `cased`, on its first word after an article. */
export function casedOk(a: Analysis, cased: boolean, k: number): boolean {
  if (!cased) return true
  if (NAME_ARTICLES.has(a.lower[k]!)) k++
  return isCapitalized(a, k)
}
