// The stance a statement takes towards what it is about — an event, a proposal, a course of
// action: support ("a meeting is necessary"), oppose ("unacceptable"), skeptical ("does not
// believe the talks will lead to any breakthrough") or neutral (it names such a thing and takes
// no side). Lexicon-driven, per language (src/lexicon/<lang>/stance.json), with negation:
// "not necessary" opposes, "no doubt" supports, and a negated belief verb raises its negation
// over the rest of its sentence ("I don't think it is necessary" opposes). The cue verb counts
// too: "welcomed", "rejected", "doubted" say more than their content; "denied" turns it around.
//
// Speed: every table is compiled once, when this module loads. Each lexicon phrase is indexed by
// its longest word (its anchor: "against" for "is against", "necessary" for "if necessary"), and
// a bit-mask gate on a word's first two and last characters and its length turns most words of a
// statement away before any lookup; the few that pass are found in a small table under the same key.

import en from '../lexicon/en/stance.json' with { type: 'json' }
import ru from '../lexicon/ru/stance.json' with { type: 'json' }
import uk from '../lexicon/uk/stance.json' with { type: 'json' }
import type { Stance } from '../core/records.js'
import { tokenize } from '../text/tokenizer.js'

/** The shape of a src/lexicon/<lang>/stance.json file; its `comment` explains the fields. */
export interface RawStanceLexicon {
  negators: string[]
  negatorSuffixes?: string[]
  pseudoNegations?: string[]
  negationWindow: number
  clauseBreaks: string[]
  scopeBreaks: string[]
  contrastives?: string[]
  contrastWeight?: number
  classes: Record<string, RawClass>
  cues: Record<string, RawCueClass>
  topics: string[]
  /** Frequent words a phrase is not filed under when it has another ("we", "is", "the"). */
  anchorStopwords?: string[]
}

interface RawClass {
  stance: Stance | null
  negated: Stance | null
  weight: number
  /** A belief verb: its negation is raised over the rest of the sentence. */
  belief?: boolean
  /** A modal (should, must): a negator just after it negates it, and a stance word close after it speaks for it. */
  modal?: boolean
  terms: string[]
}

interface RawCueClass {
  stance?: Stance
  weight?: number
  /** The cue denies its content: the content's stance turns around. */
  invert?: boolean
  terms: string[]
}

// Scores are kept in this order; on a tie the earlier stance wins, except that a tie between
// support and oppose alone is neutral (the statement takes both sides).
const SKEPTICAL = 0
const OPPOSE = 1
const SUPPORT = 2
const NEUTRAL = 3
const STANCES: Stance[] = ['skeptical', 'oppose', 'support', 'neutral']
const INDEX: Record<Stance, number> = { skeptical: SKEPTICAL, oppose: OPPOSE, support: SUPPORT, neutral: NEUTRAL }
/** Where each stance goes when a denial turns the content around. */
const INVERTED = [SUPPORT, SUPPORT, OPPOSE, NEUTRAL]
const NONE = -1
const SENTENCE_ENDS = ['.', '!', '?', '…']

interface Compiled {
  stance: number
  negated: number
  weight: number
  belief: boolean
  modal: boolean
  invert: boolean
}

interface Pattern {
  /** Each word's text; a word with `prefix` set matches every word starting with it. */
  words: string[]
  prefix: boolean[]
  /** Index of the word the pattern is filed under. */
  anchor: number
  cls: Compiled
}

/** Patterns by their anchor word: exact words, and stems. */
interface PatternIndex {
  exact: Map<string, Pattern[]>
  stems: Map<string, Pattern[]>
  /** The distinct stem lengths. */
  stemLengths: number[]
}

// What a word is, to the scanner.
const CLAUSE = 1
const SCOPE = 2
const CONTRAST = 4
const NEGATOR = 8
const SENTENCE_END = 16
const QUESTION = 32
/** A word negated by its own ending: "shouldn't". */
const SELF_NEGATED = 64

interface WordInfo {
  flags: number
  /** Term patterns anchored at this word, longest first (exact words before stems). */
  terms: Pattern[] | null
  cues: Pattern[] | null
  topics: Pattern[] | null
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

/** Entries a table slot keeps before it starts afresh (a slot holds one word or a few, as a rule). */
const SLOT_LIMIT = 64
/** One-character words below this code are looked up by code: Latin, Cyrillic, and punctuation up to “ ” — …. */
const SINGLES = 0x2100
const GATE_SIZE = 16384
const EMPTY: WordInfo = { flags: 0, terms: null, cues: null, topics: null }

// A word is keyed by its first two characters and its last; a stem by its first three.
function wordKey(w: string): number {
  const second = w.length > 1 ? w.charCodeAt(1) : 0
  return ((w.charCodeAt(0) * 131 + second) * 131 + w.charCodeAt(w.length - 1)) & (GATE_SIZE - 1)
}

function stemKey(w: string): number {
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

const LEXICONS = new Map<string, StanceLexicon>([
  ['en', buildStanceLexicon(en as RawStanceLexicon)],
  ['ru', buildStanceLexicon(ru as RawStanceLexicon)],
  ['uk', buildStanceLexicon(uk as RawStanceLexicon)],
])

/** The stance lexicon of an ISO 639-1 language; English for a language without one. */
export function stanceLexicon(lang = 'en'): StanceLexicon {
  return LEXICONS.get(lang) ?? LEXICONS.get(lang.slice(0, 2).toLowerCase()) ?? LEXICONS.get('en')!
}

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

function infoOf(lex: StanceLexicon, w: string): WordInfo {
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
function matchAt(list: Pattern[] | null, words: readonly string[], i: number, lo: number, hi: number): Pattern | null {
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

/** Word j is a negator, and not the first word of a pseudo-negation ("not only"); `hi` ends the words. */
function isNegator(lex: StanceLexicon, words: readonly string[], j: number, hi: number): boolean {
  if (!(infoOf(lex, words[j]!).flags & NEGATOR)) return false
  return j + 1 >= hi || !lex.pseudoNegations.has(words[j] + ' ' + words[j + 1])
}

/** A negator at most `negationWindow` words before word i and not before word `from`, or word i's own ending ("shouldn't"). */
function negatedBefore(lex: StanceLexicon, words: readonly string[], i: number, from: number, hi: number): boolean {
  if (infoOf(lex, words[i]!).flags & SELF_NEGATED) return true
  for (let j = i - 1; j >= from && j >= i - lex.negationWindow; j--) if (isNegator(lex, words, j, hi)) return true
  return false
}

// A word written with a capital inside a sentence is a name, not a word of the lexicon ("Hope Hicks").
const SENTENCE_OPENERS = new Set(['.', '!', '?', ':', ';', '"', '“', '”', '„', '«', '»', "'", '‘', '’', '(', '—', '–', '-', '…'])

/**
 * A capitalised lexicon word inside a sentence, or one followed by another capitalised word, is
 * part of a name ("Hope Hicks", "the Support Act"), not the word itself. [lo, hi): the words read.
 */
function isName(words: readonly string[], capitalised: (i: number) => boolean, i: number, length: number, lo: number, hi: number): boolean {
  if (!capitalised(i)) return false
  if (i > lo && !SENTENCE_OPENERS.has(words[i - 1]!)) return true
  return length === 1 && i + 1 < hi && capitalised(i + 1)
}

/** A lexicon phrase found in the content: words [start, start + pattern.words.length). */
interface Hit {
  start: number
  pattern: Pattern
}

/** The scanner's running state over one statement. */
interface Scan {
  scores: number[]
  /** A negated belief raises its negation over what follows in its sentence. */
  raised: boolean
  raisedWeight: number
  topic: boolean
}

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
  const lex = stanceLexicon(lang)
  const scan: Scan = { scores: [0, 0, 0, 0], raised: false, raisedWeight: 0, topic: false }
  let invert = false
  let cueScores: number[] | null = null
  if (cue && cue.length > 0) {
    cueScores = [0, 0, 0, 0]
    invert = readCue(lex, cue, cueScores, scan)
  }
  const ranges = view.ranges
  if (ranges) for (let r = 0; r + 1 < ranges.length; r += 2) readContent(lex, words, ranges[r]!, ranges[r + 1]!, view.capitalised, scan)
  else readContent(lex, words, 0, words.length, view.capitalised, scan)
  const scores = scan.scores
  if (invert) {
    const before = scores.slice()
    scores.fill(0)
    for (let s = 0; s < before.length; s++) scores[INVERTED[s]!]! += before[s]!
  }
  if (cueScores) for (let s = 0; s < scores.length; s++) scores[s]! += cueScores[s]!
  return decide(scores, scan.topic)
}

/**
 * The cue's own stance ("welcomed", "rejected"), into `scores`. A negated cue ("has not endorsed")
 * says nothing, except a negated belief ("does not believe"), which raises its negation into the
 * content as it would inside it. True when the cue denies its content.
 */
function readCue(lex: StanceLexicon, cue: readonly string[], scores: number[], scan: Scan): boolean {
  let invert = false
  const n = cue.length
  for (let i = 0; i < n; i++) {
    const info = infoOf(lex, cue[i]!)
    if (info === EMPTY) continue
    const p = matchAt(info.cues, cue, i, 0, n)
    if (p) {
      if (!negatedBefore(lex, cue, i - p.anchor, 0, n)) {
        if (p.cls.invert) invert = true
        else if (p.cls.stance !== NONE) scores[p.cls.stance]! += p.cls.weight
      }
      continue
    }
    const t = matchAt(info.terms, cue, i, 0, n)
    if (t?.cls.belief && negatedBefore(lex, cue, i - t.anchor, 0, n)) {
      scan.scores[SKEPTICAL]! += t.cls.weight
      scan.raised = true
      scan.raisedWeight = t.cls.weight
    }
  }
  return invert
}

/** Scores the stance words of words [lo, hi) into `scan`, and notes a topic named there. */
function readContent(lex: StanceLexicon, words: readonly string[], lo: number, hi: number, capitalised: ((i: number) => boolean) | undefined, scan: Scan): void {
  // First pass: the words that matter — breaks, and lexicon phrases by their anchors.
  let marks: number[] | null = null // indices of words with flags
  let hits: Hit[] | null = null
  for (let i = lo; i < hi; i++) {
    const info = infoOf(lex, words[i]!)
    if (info === EMPTY) continue
    if (info.flags) (marks ??= []).push(i)
    const p = matchAt(info.terms, words, i, lo, hi)
    if (p) (hits ??= []).push({ start: i - p.anchor, pattern: p })
    else if (!scan.topic && matchAt(info.topics, words, i, lo, hi)) scan.topic = true
  }
  if (!hits) return
  hits = resolveOverlaps(hits)

  // Second pass: breaks and hits in text order.
  const scores = scan.scores
  const atSentence = scores.slice() // a question takes its sentence's scores back
  let clauseStart = lo
  // A negator negates the first stance word after it: "does not believe the talks will bring results"
  // negates "believe", not "results" too. Negation is looked for after the previous hit only.
  let previousEnd = lo
  let contrast = 1
  let m = 0
  for (let h = 0; h < hits.length; h++) {
    const { start, pattern } = hits[h]!
    for (; marks && m < marks.length && marks[m]! < start; m++) {
      const i = marks[m]!
      const flags = infoOf(lex, words[i]!).flags
      if (flags & SCOPE) scan.raised = false
      if (flags & QUESTION) for (let s = 0; s < 4; s++) scores[s] = atSentence[s]!
      if (flags & SENTENCE_END) for (let s = 0; s < 4; s++) atSentence[s] = scores[s]!
      if (flags & CLAUSE) {
        clauseStart = i + 1
        if (flags & CONTRAST) contrast = lex.contrastWeight
      }
    }
    const cls = pattern.cls
    const end = start + pattern.words.length
    const from = Math.max(clauseStart, previousEnd)
    previousEnd = end
    if (cls.stance === NONE && cls.negated === NONE) continue // an ignored phrase
    if (capitalised && isName(words, capitalised, start, pattern.words.length, lo, hi)) continue
    let negated = negatedBefore(lex, words, start, from, hi)
    if (cls.modal) {
      const after = end < hi && isNegator(lex, words, end, hi)
      if (after) negated = true
      // "should refuse", "should not support": a stance word close after the modal speaks for it.
      const next = hits[h + 1]
      if (next && bearsStance(next.pattern) && next.start < end + (after ? 4 : 3) && !(marks && breakBetween(lex, words, marks, end, next.start))) continue
    }
    if (scan.raised && !cls.belief) {
      negated = !negated
      scan.raised = false
      scores[SKEPTICAL]! -= scan.raisedWeight
    }
    const stance = negated ? cls.negated : cls.stance
    if (stance === NONE) continue
    const weight = cls.weight * contrast
    scores[stance]! += weight
    if (cls.belief && negated) {
      scan.raised = true
      scan.raisedWeight = weight
    }
  }
  // A question after the last hit takes its sentence back too.
  for (; marks && m < marks.length; m++) {
    const flags = infoOf(lex, words[marks[m]!]!).flags
    if (flags & QUESTION) for (let s = 0; s < 4; s++) scores[s] = atSentence[s]!
    if (flags & SENTENCE_END) for (let s = 0; s < 4; s++) atSentence[s] = scores[s]!
  }
}

function bearsStance(p: Pattern): boolean {
  return !p.cls.modal && (p.cls.stance !== NONE || p.cls.negated !== NONE)
}

/** A clause break among the marked words in [from, to). */
function breakBetween(lex: StanceLexicon, words: readonly string[], marks: number[], from: number, to: number): boolean {
  for (const i of marks) if (i >= from && i < to && infoOf(lex, words[i]!).flags & CLAUSE) return true
  return false
}

/** Overlapping hits: the longer wins, then the earlier; returned in text order. */
function resolveOverlaps(hits: Hit[]): Hit[] {
  if (hits.length === 1) return hits
  const byPriority = hits.slice().sort((x, y) => y.pattern.words.length - x.pattern.words.length || x.start - y.start)
  const kept: Hit[] = []
  for (const h of byPriority) {
    const end = h.start + h.pattern.words.length
    if (kept.every((k) => end <= k.start || h.start >= k.start + k.pattern.words.length)) kept.push(h)
  }
  return kept.sort((x, y) => x.start - y.start)
}

function decide(scores: number[], topic: boolean): Stance | undefined {
  let best = NONE
  for (let s = 0; s < scores.length; s++) if (scores[s]! > 1e-9 && (best === NONE || scores[s]! > scores[best]! + 1e-9)) best = s
  if (best === NONE) return topic ? 'neutral' : undefined
  if (best === OPPOSE && Math.abs(scores[SUPPORT]! - scores[OPPOSE]!) < 1e-9) return 'neutral'
  return STANCES[best]
}

/**
 * The stance of a statement from its content text and its cue text (null for a bare quote).
 * `lang`: ISO 639-1 (en, ru, uk; others read as English). Tokenises with the project's
 * tokenizer; inside the extractor, `stanceOfWords` reads the tokens already there.
 */
export function stanceOf(content: string, cue: string | null = null, lang = 'en'): Stance | undefined {
  const t = tokenize(content)
  const words = new Array<string>(t.count)
  const caps = new Uint8Array(t.count)
  for (let i = 0; i < t.count; i++) {
    const w = content.slice(t.starts[i]!, t.ends[i]!)
    const lower = w.toLowerCase()
    words[i] = lower
    caps[i] = w.charCodeAt(0) !== lower.charCodeAt(0) ? 1 : 0
  }
  return stanceOfWords(words, cue === null ? null : cueWords(cue), lang, { capitalised: (i) => caps[i] === 1 })
}

/** A cue's words, lower case. */
export function cueWords(cue: string): string[] {
  const t = tokenize(cue)
  const out = new Array<string>(t.count)
  for (let i = 0; i < t.count; i++) out[i] = cue.slice(t.starts[i]!, t.ends[i]!).toLowerCase()
  return out
}
