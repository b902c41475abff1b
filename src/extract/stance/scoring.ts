// Scoring a statement: its cue's own stance, then the stance phrases of its content in text order —
// each negated or not, weighed after a contrast, a negated belief raised over the rest of its
// sentence, a question taking its sentence back — and the stance the scores decide.

import type { Stance } from '../../core/records.js'
import { NEUTRAL, NONE, OPPOSE, type Pattern, SKEPTICAL, STANCES, type StanceLexicon, SUPPORT } from './lexicon.js'
import { CLAUSE, CONTRAST, EMPTY, infoOf, isName, matchAt, QUESTION, SCOPE, SENTENCE_END } from './match.js'
import { isNegator, negatedBefore } from './negation.js'

/** Where each stance goes when a denial turns the content around. */
const INVERTED = [SUPPORT, SUPPORT, OPPOSE, NEUTRAL]

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

/**
 * The stance of a statement: its content's words [ranges[0], ranges[1]), … (all of `words` when
 * `ranges` is undefined), its cue's words (or null), read with `lex`.
 */
export function scoreStatement(
  lex: StanceLexicon,
  words: readonly string[],
  cue: readonly string[] | null,
  ranges: ArrayLike<number> | undefined,
  capitalised: ((i: number) => boolean) | undefined,
): Stance | undefined {
  const scan: Scan = { scores: [0, 0, 0, 0], raised: false, raisedWeight: 0, topic: false }
  let invert = false
  let cueScores: number[] | null = null
  if (cue && cue.length > 0) {
    cueScores = [0, 0, 0, 0]
    invert = readCue(lex, cue, cueScores, scan)
  }
  if (ranges) for (let r = 0; r + 1 < ranges.length; r += 2) readContent(lex, words, ranges[r]!, ranges[r + 1]!, capitalised, scan)
  else readContent(lex, words, 0, words.length, capitalised, scan)
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
