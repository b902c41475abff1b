// A stance lexicon compiled for the scanner, once, when this module loads: each phrase filed under
// its longest word (its anchor: "against" for "is against", "necessary" for "if necessary"), and a
// bit-mask gate on a word's first two and last characters and its length that turns most words of
// a statement away before any lookup.

import type { Stance } from '../../core/records.js'
import { type RawStanceLexicon, shippedStanceLexicons } from '../../lexicon/stance.js'
import type { WordInfo } from './match.js'

// Scores are kept in this order; on a tie the earlier stance wins, except that a tie between
// support and oppose alone is neutral (the statement takes both sides).
export const SKEPTICAL = 0
export const OPPOSE = 1
export const SUPPORT = 2
export const NEUTRAL = 3
export const STANCES: Stance[] = ['skeptical', 'oppose', 'support', 'neutral']
const INDEX: Record<Stance, number> = { skeptical: SKEPTICAL, oppose: OPPOSE, support: SUPPORT, neutral: NEUTRAL }
/** No stance. */
export const NONE = -1
/** Words that end a sentence. */
export const SENTENCE_ENDS = ['.', '!', '?', '…']

/** A class of the lexicon, as the scanner reads it: stances as indices into the scores. */
export interface Compiled {
  stance: number
  negated: number
  weight: number
  belief: boolean
  modal: boolean
  invert: boolean
}

export interface Pattern {
  /** Each word's text; a word with `prefix` set matches every word starting with it. */
  words: string[]
  prefix: boolean[]
  /** Index of the word the pattern is filed under. */
  anchor: number
  cls: Compiled
}

/** Patterns by their anchor word: exact words, and stems. */
export interface PatternIndex {
  exact: Map<string, Pattern[]>
  stems: Map<string, Pattern[]>
  /** The distinct stem lengths. */
  stemLengths: number[]
}

export interface StanceLexicon {
  negators: Set<string>
  negatorSuffixes: string[]
  /** "not only": the first word of these pairs is no negation. Keyed "first second". */
  pseudoNegations: Set<string>
  negationWindow: number
  clauseBreaks: Set<string>
  scopeBreaks: Set<string>
  contrastives: Set<string>
  contrastWeight: number
  terms: PatternIndex
  cues: PatternIndex
  topics: PatternIndex
  /**
   * What a word is, for words that pass the gate, filled on first sight: by the gate's word key, a
   * short list of [word, info, word, info, …]. Cheaper than a Map, which would hash every word again.
   */
  table: (Array<string | WordInfo> | undefined)[]
  /** The same for one-character words, by character code. */
  singles: (WordInfo | undefined)[]
  /**
   * By a hash of a word's first two characters, a bit mask of the lengths (capped at 31) that some
   * anchor or special word with that start has. Most words of a statement fail it.
   */
  gate: Uint32Array
  /** The same for stems, by their first three characters: each opens every length from its own. */
  stemGate: Uint32Array
  /** The negator suffixes as character codes, each read from its end: "n't" → [t, ', n]. */
  suffixCodes: number[][]
}

/** One-character words below this code are looked up by code: Latin, Cyrillic, and punctuation up to “ ” — …. */
export const SINGLES = 0x2100
const GATE_SIZE = 16384

// A word is keyed by its first two characters and its last; a stem by its first three.
export function wordKey(w: string): number {
  const second = w.length > 1 ? w.charCodeAt(1) : 0
  return ((w.charCodeAt(0) * 131 + second) * 131 + w.charCodeAt(w.length - 1)) & (GATE_SIZE - 1)
}

export function stemKey(w: string): number {
  return ((w.charCodeAt(0) * 131 + w.charCodeAt(1)) * 131 + w.charCodeAt(2)) & (GATE_SIZE - 1)
}

/**
 * Opens the gate for a word of this form; a stem opens it for every length from its own. The keys
 * are computed on a fresh copy of the word: fed the lexicon's own strings (parts of split JSON
 * strings), the key functions were measured 3× slower afterwards on a statement's words.
 */
function openGate(lex: Pick<StanceLexicon, 'gate' | 'stemGate'>, word: string, stem: boolean): void {
  const flat = [...word].join('')
  const n = Math.min(flat.length, 31)
  if (stem && n >= 3) lex.stemGate[stemKey(flat)]! |= ~((1 << n) - 1)
  else if (stem) lex.gate[0]! = lex.stemGate[0]! = ~0 >>> 0 // a stem too short to key: open every gate (never in the shipped lexicons)
  else lex.gate[wordKey(flat)]! |= 1 << n
}

function stanceIndex(s: Stance | null | undefined): number {
  if (s === null || s === undefined) return NONE
  const k = INDEX[s]
  if (k === undefined) throw new Error(`stance lexicon: unknown stance "${s}"`)
  return k
}

function addPatterns(index: PatternIndex, term: string, cls: Compiled, stopwords: Set<string>): void {
  for (const form of term.split('|')) {
    const raw = form.trim().split(/\s+/)
    const prefix = raw.map((w) => w.length > 1 && w.endsWith('*'))
    const words = raw.map((w, k) => (prefix[k] ? w.slice(0, -1) : w))
    // The anchor: the longest word that is not a stop word ("against" in "is against").
    const weight = (k: number) => words[k]!.length - (stopwords.has(words[k]!) ? 100 : 0)
    let anchor = 0
    for (let k = 1; k < words.length; k++) if (weight(k) > weight(anchor)) anchor = k
    const key = words[anchor]!
    const map = prefix[anchor] ? index.stems : index.exact
    const list = map.get(key) ?? []
    list.push({ words, prefix, anchor, cls })
    map.set(key, list)
    if (prefix[anchor] && !index.stemLengths.includes(key.length)) index.stemLengths.push(key.length)
  }
}

function emptyIndex(): PatternIndex {
  return { exact: new Map(), stems: new Map(), stemLengths: [] }
}

// Every Compiled object is built with the same properties in the same order (no spread): one hidden class.
function compiled(stance: number, negated: number, weight: number, more: Partial<Compiled> = {}): Compiled {
  return { stance, negated, weight, belief: more.belief === true, modal: more.modal === true, invert: more.invert === true }
}

/** Builds the lookup tables from a stance lexicon file's data, so a user can bring their own. */
export function buildStanceLexicon(raw: RawStanceLexicon): StanceLexicon {
  const stopwords = new Set(raw.anchorStopwords ?? [])
  const terms = emptyIndex()
  for (const c of Object.values(raw.classes)) {
    const cls = compiled(stanceIndex(c.stance), stanceIndex(c.negated), c.weight, { belief: c.belief === true, modal: c.modal === true })
    for (const t of c.terms) addPatterns(terms, t, cls, stopwords)
  }
  const cues = emptyIndex()
  for (const c of Object.values(raw.cues)) {
    const cls = compiled(stanceIndex(c.stance), NONE, c.weight ?? 0, { invert: c.invert === true })
    for (const t of c.terms) addPatterns(cues, t, cls, stopwords)
  }
  const topics = emptyIndex()
  const topic = compiled(NONE, NONE, 0)
  for (const t of raw.topics) addPatterns(topics, t, topic, stopwords)
  const gates = { gate: new Uint32Array(GATE_SIZE), stemGate: new Uint32Array(GATE_SIZE) }
  for (const index of [terms, cues, topics]) {
    for (const w of index.exact.keys()) openGate(gates, w, false)
    for (const w of index.stems.keys()) openGate(gates, w, true)
  }
  for (const w of [...raw.negators, ...raw.clauseBreaks, ...raw.scopeBreaks, ...(raw.contrastives ?? []), ...SENTENCE_ENDS]) openGate(gates, w, false)
  return {
    negators: new Set(raw.negators),
    negatorSuffixes: raw.negatorSuffixes ?? [],
    pseudoNegations: new Set((raw.pseudoNegations ?? []).map((p) => p.split(/\s+/).slice(0, 2).join(' '))),
    negationWindow: raw.negationWindow,
    clauseBreaks: new Set(raw.clauseBreaks),
    scopeBreaks: new Set(raw.scopeBreaks),
    contrastives: new Set(raw.contrastives ?? []),
    contrastWeight: raw.contrastWeight ?? 1,
    terms,
    cues,
    topics,
    table: new Array<Array<string | WordInfo> | undefined>(GATE_SIZE).fill(undefined),
    singles: new Array<WordInfo | undefined>(SINGLES).fill(undefined),
    gate: gates.gate,
    stemGate: gates.stemGate,
    suffixCodes: (raw.negatorSuffixes ?? []).map((x) => [...x].reverse().map((c) => c.charCodeAt(0))),
  }
}

const LEXICONS = new Map<string, StanceLexicon>([...shippedStanceLexicons].map(([lang, raw]) => [lang, buildStanceLexicon(raw)]))

/** The stance lexicon of an ISO 639-1 language; English for a language without one. */
export function stanceLexicon(lang = 'en'): StanceLexicon {
  return LEXICONS.get(lang) ?? LEXICONS.get(lang.slice(0, 2).toLowerCase()) ?? LEXICONS.get('en')!
}
