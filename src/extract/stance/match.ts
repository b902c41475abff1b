// What a word of a statement is to the stance scanner — a clause or scope break, a negator, a
// sentence end, the anchor of lexicon phrases — looked up once per distinct word behind the gate;
// and a phrase matched around its anchor.

import { type Pattern, type PatternIndex, SENTENCE_ENDS, SINGLES, type StanceLexicon, stemKey, wordKey } from './lexicon.js'

// What a word is, to the scanner.
export const CLAUSE = 1
export const SCOPE = 2
export const CONTRAST = 4
export const NEGATOR = 8
export const SENTENCE_END = 16
export const QUESTION = 32
/** A word negated by its own ending: "shouldn't". */
export const SELF_NEGATED = 64

export interface WordInfo {
  flags: number
  /** Term patterns anchored at this word, longest first (exact words before stems). */
  terms: Pattern[] | null
  cues: Pattern[] | null
  topics: Pattern[] | null
}

/** Entries a table slot keeps before it starts afresh (a slot holds one word or a few, as a rule). */
const SLOT_LIMIT = 64
/** What every word that is nothing to the scanner is. */
export const EMPTY: WordInfo = { flags: 0, terms: null, cues: null, topics: null }

/** Patterns of an index anchored at word w: longest first, exact words before stems. */
function anchoredAt(index: PatternIndex, w: string): Pattern[] | null {
  const out: Pattern[] = [...(index.exact.get(w) ?? [])]
  for (const n of index.stemLengths) if (n <= w.length) out.push(...(index.stems.get(w.slice(0, n)) ?? []))
  if (out.length === 0) return null
  return out.sort((x, y) => y.words.length - x.words.length) // stable: exact before stem at equal length
}

/** "doesn't", "won’t": a word negated by its ending. */
function hasNegatorSuffix(lex: StanceLexicon, w: string): boolean {
  const n = w.length
  for (const codes of lex.suffixCodes) {
    if (n <= codes.length) continue
    let k = 0
    while (k < codes.length && w.charCodeAt(n - 1 - k) === codes[k]) k++
    if (k === codes.length) return true
  }
  return false
}

export function infoOf(lex: StanceLexicon, w: string): WordInfo {
  // One-character words (punctuation, mostly) are kept by character code.
  if (w.length === 1) {
    const c = w.charCodeAt(0)
    if (c < SINGLES) return (lex.singles[c] ??= lookUp(lex, w))
  }
  return lookUp(lex, w)
}

function lookUp(lex: StanceLexicon, w: string): WordInfo {
  const key = wordKey(w)
  const bit = 1 << Math.min(w.length, 31)
  // The gate; a word that fails it can still be a negator by its ending ("doesn't").
  if (!(lex.gate[key]! & bit) && !(w.length >= 3 && lex.stemGate[stemKey(w)]! & bit) && !hasNegatorSuffix(lex, w)) return EMPTY
  let slot = lex.table[key]
  if (slot) for (let j = 0; j < slot.length; j += 2) if (slot[j] === w) return slot[j + 1] as WordInfo
  const info = describe(lex, w)
  if (!slot || slot.length >= SLOT_LIMIT) slot = lex.table[key] = []
  slot.push(w, info)
  return info
}

/** What word w is to the scanner, from the lexicon's sets and indexes. */
function describe(lex: StanceLexicon, w: string): WordInfo {
  let flags = 0
  if (lex.negators.has(w)) flags |= NEGATOR
  else if (hasNegatorSuffix(lex, w)) flags |= NEGATOR | SELF_NEGATED
  if (lex.clauseBreaks.has(w)) flags |= CLAUSE
  if (lex.scopeBreaks.has(w)) flags |= SCOPE
  if (lex.contrastives.has(w)) flags |= CONTRAST
  if (SENTENCE_ENDS.includes(w)) flags |= SENTENCE_END
  if (w === '?') flags |= QUESTION
  const terms = anchoredAt(lex.terms, w)
  const cues = anchoredAt(lex.cues, w)
  const topics = anchoredAt(lex.topics, w)
  return flags || terms || cues || topics ? { flags, terms, cues, topics } : EMPTY
}

/** The longest of `list` anchored at word i that lies within words [lo, hi); null when none does. */
export function matchAt(list: Pattern[] | null, words: readonly string[], i: number, lo: number, hi: number): Pattern | null {
  if (!list) return null
  for (const p of list) {
    const start = i - p.anchor
    const n = p.words.length
    if (start < lo || start + n > hi) continue
    let k = 0
    for (; k < n; k++) {
      if (k === p.anchor) continue
      const w = words[start + k]!
      if (p.prefix[k] ? !w.startsWith(p.words[k]!) : w !== p.words[k]) break
    }
    if (k === n) return p
  }
  return null
}

// A word written with a capital inside a sentence is a name, not a word of the lexicon ("Hope Hicks").
const SENTENCE_OPENERS = new Set(['.', '!', '?', ':', ';', '"', '“', '”', '„', '«', '»', "'", '‘', '’', '(', '—', '–', '-', '…'])

/**
 * A capitalised lexicon word inside a sentence, or one followed by another capitalised word, is
 * part of a name ("Hope Hicks", "the Support Act"), not the word itself. [lo, hi): the words read.
 */
export function isName(words: readonly string[], capitalised: (i: number) => boolean, i: number, length: number, lo: number, hi: number): boolean {
  if (!capitalised(i)) return false
  if (i > lo && !SENTENCE_OPENERS.has(words[i - 1]!)) return true
  return length === 1 && i + 1 < hi && capitalised(i + 1)
}
