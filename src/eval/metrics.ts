// The metrics of DESIGN.md ("The metrics"), as pure functions of gold and predicted documents.
// Counts are kept per document and summed over the corpus (micro-averaging), so that a report
// can list what each document missed.

import type { Document, Span, Statement } from '../core/records.js'
import { overlaps, trimRange } from '../core/span.js'
import type { BratAttribution } from '../format/brat.js'
import { TokenKind, type Tokens, tokenAt, tokenize } from '../text/tokenizer.js'
import { goldSpeakerName, isSameSpeaker } from './names.js'
import type { GoldDocument } from './polnear.js'

export type Role = 'source' | 'cue' | 'content'
export const ROLES: readonly Role[] = ['source', 'cue', 'content']

/** The brat label that holds each role's gold spans. */
const GOLD_LABEL: Record<Role, string> = { source: 'Source', cue: 'Cue', content: 'Content' }

export interface Counts {
  /** Predictions that match gold. */
  tp: number
  predicted: number
  gold: number
}

/** Fractions in 0..1; 0 when undefined (nothing predicted, nothing gold). */
export interface Prf extends Counts {
  precision: number
  recall: number
  f1: number
}

export interface SpeakerCounts {
  /** Matched statements whose speaker is right. */
  correct: number
  matched: number
}

export interface SpeakerNameCounts {
  /** Matched statements whose predicted speaker name is the gold speaker. */
  correct: number
  /** Matched statements whose gold speaker has a canonical name (not `?`). */
  named: number
}

/** A matched statement whose predicted speaker name is not the gold speaker's. */
export interface WrongName {
  /** UTF-16 offset of the gold cue. */
  at: number
  cue: string
  /** The gold source span(s) as written. */
  source: string
  /** The gold canonical name. */
  gold: string
  /** The predicted `speaker.name`; null when the prediction names no one. */
  predicted: string | null
}

/** A statement as a person reads it in a list of misses. */
export interface StatementSummary {
  /** UTF-16 offset of its first span, to find it in the text. */
  at: number
  cue: string
  /** Gold without a cue: the text of its Attribution trigger, to find what was annotated. */
  trigger?: string
  source: string
  /** The first 100 characters of the content. */
  content: string
}

export interface DocumentScore {
  name: string
  exact: Record<Role, Counts>
  token: Record<Role, Counts>
  statement: Counts
  speaker: SpeakerCounts
  speakerName: SpeakerNameCounts
  /** Matched statements with a named gold speaker whose predicted name is not that speaker. */
  wrongNames: WrongName[]
  /** Gold attributions that no prediction matched. */
  missed: StatementSummary[]
  /** Predicted statements that matched no gold attribution. */
  spurious: StatementSummary[]
}

export interface Scores {
  exact: Record<Role, Prf>
  token: Record<Role, Prf>
  statement: Prf
  speaker: SpeakerCounts & { accuracy: number }
  /** Speaker-name accuracy; 0 when no matched statement has a named gold speaker. */
  speakerName: SpeakerNameCounts & { accuracy: number }
}

/** The share of a gold content's word tokens a predicted content must cover to match. */
export const CONTENT_COVERAGE = 0.5

/** What scoring needs of a gold document. */
export type ScoredGold = Pick<GoldDocument, 'name' | 'text' | 'gold'>

/** Scores one document's predictions against its gold annotations. */
export function scoreDocument(gold: ScoredGold, predicted: Document): DocumentScore {
  if (predicted.text !== gold.text) {
    throw new Error(`${gold.name}: the predicted document's text differs from the gold text`)
  }
  const tokens = tokenize(gold.text)
  const exact = {} as Record<Role, Counts>
  const token = {} as Record<Role, Counts>
  for (const role of ROLES) {
    const goldSpans = gold.gold.byLabel[GOLD_LABEL[role]] ?? []
    const predictedSpans = predicted.statements.flatMap((s) => roleSpans(s, role))
    exact[role] = exactCounts(gold.text, goldSpans, predictedSpans)
    token[role] = tokenCounts(tokens, goldSpans, predictedSpans)
  }
  const statements = matchStatements(tokens, gold.gold.attributions, predicted.statements)
  return { name: gold.name, exact, token, ...statements }
}

/** Sums document scores over a corpus and turns the sums into P, R, F1. */
export function summarise(documents: readonly DocumentScore[]): Scores {
  const sum = (pick: (d: DocumentScore) => Counts): Prf => {
    const total = { tp: 0, predicted: 0, gold: 0 }
    for (const d of documents) {
      const c = pick(d)
      total.tp += c.tp
      total.predicted += c.predicted
      total.gold += c.gold
    }
    return prf(total)
  }
  const byRole = (pick: (d: DocumentScore, role: Role) => Counts) =>
    Object.fromEntries(ROLES.map((role) => [role, sum((d) => pick(d, role))])) as Record<Role, Prf>
  let correct = 0
  let matched = 0
  let namesCorrect = 0
  let named = 0
  for (const d of documents) {
    correct += d.speaker.correct
    matched += d.speaker.matched
    namesCorrect += d.speakerName.correct
    named += d.speakerName.named
  }
  return {
    exact: byRole((d, role) => d.exact[role]),
    token: byRole((d, role) => d.token[role]),
    statement: sum((d) => d.statement),
    speaker: { correct, matched, accuracy: matched ? correct / matched : 0 },
    speakerName: { correct: namesCorrect, named, accuracy: named ? namesCorrect / named : 0 },
  }
}

export function prf(c: Counts): Prf {
  const precision = c.predicted ? c.tp / c.predicted : 0
  const recall = c.gold ? c.tp / c.gold : 0
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  return { ...c, precision, recall, f1 }
}

function roleSpans(statement: Statement, role: Role): Span[] {
  if (role === 'source') return statement.speaker.mentions
  if (role === 'cue') return statement.cue ? [statement.cue] : []
  return statement.content
}

/** Unique trimmed (start, end) pairs on each side; a pair present on both is a hit. */
function exactCounts(text: string, gold: readonly Span[], predicted: readonly Span[]): Counts {
  const goldKeys = trimmedKeys(text, gold)
  const predictedKeys = trimmedKeys(text, predicted)
  let tp = 0
  for (const key of predictedKeys) if (goldKeys.has(key)) tp++
  return { tp, predicted: predictedKeys.size, gold: goldKeys.size }
}

function trimmedKeys(text: string, spans: readonly Span[]): Set<string> {
  const keys = new Set<string>()
  for (const s of spans) {
    const [start, end] = trimRange(text, s.start, s.end)
    if (end > start) keys.add(`${start}:${end}`)
  }
  return keys
}

/** Word tokens covered on each side; a token covered by both is a hit. */
function tokenCounts(tokens: Tokens, gold: readonly Span[], predicted: readonly Span[]): Counts {
  const goldCovered = coveredWords(tokens, gold)
  const predictedCovered = coveredWords(tokens, predicted)
  const counts = { tp: 0, predicted: 0, gold: 0 }
  for (let i = 0; i < tokens.count; i++) {
    counts.gold += goldCovered[i]!
    counts.predicted += predictedCovered[i]!
    counts.tp += goldCovered[i]! & predictedCovered[i]!
  }
  return counts
}

function isWord(kind: number): boolean {
  return (
    kind === TokenKind.Word ||
    kind === TokenKind.Number ||
    kind === TokenKind.Initialism ||
    kind === TokenKind.Url
  )
}

/** 1 for each word token that overlaps one of `spans`, else 0. */
function coveredWords(tokens: Tokens, spans: readonly Span[]): Uint8Array {
  const covered = new Uint8Array(tokens.count)
  for (const s of spans) {
    for (let i = tokenAt(tokens, s.start); i < tokens.count && tokens.starts[i]! < s.end; i++) {
      if (isWord(tokens.kinds[i]!)) covered[i] = 1
    }
  }
  return covered
}

interface Candidate {
  gold: number
  predicted: number
  /** Share of the gold content's words the prediction covers: the match criterion. */
  coverage: number
  /** Share of the predicted content's words inside the gold content: breaks ties. */
  precision: number
}

/**
 * Pairs predictions with gold attributions, best coverage first, each used once. A pair needs
 * overlapping cues, so gold without a cue and predictions with a null cue never match.
 */
function matchStatements(
  tokens: Tokens,
  gold: readonly BratAttribution[],
  predicted: readonly Statement[],
): Pick<DocumentScore, 'statement' | 'speaker' | 'speakerName' | 'wrongNames' | 'missed' | 'spurious'> {
  const goldWords = gold.map((g) => coveredWords(tokens, g.content))
  const predictedWords = predicted.map((p) => coveredWords(tokens, p.content))
  const candidates: Candidate[] = []
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      const cue = p.cue
      if (!cue || !g.cue.some((c) => overlaps(c, cue))) return
      const { coverage, precision } = contentAgreement(goldWords[gi]!, predictedWords[pi]!)
      if (coverage >= CONTENT_COVERAGE) candidates.push({ gold: gi, predicted: pi, coverage, precision })
    })
  })
  candidates.sort((a, b) => b.coverage - a.coverage || b.precision - a.precision)

  const goldUsed = new Uint8Array(gold.length)
  const predictedUsed = new Uint8Array(predicted.length)
  const speaker = { correct: 0, matched: 0 }
  const speakerName = { correct: 0, named: 0 }
  const wrongNames: WrongName[] = []
  for (const c of candidates) {
    if (goldUsed[c.gold] || predictedUsed[c.predicted]) continue
    goldUsed[c.gold] = 1
    predictedUsed[c.predicted] = 1
    const g = gold[c.gold]!
    const p = predicted[c.predicted]!
    speaker.matched++
    if (speakerIsRight(g, p)) speaker.correct++
    const name = goldSpeakerName(g.sourceNote)
    if (name === undefined) continue
    speakerName.named++
    if (isSameSpeaker(name, p.speaker.name)) speakerName.correct++
    else wrongNames.push(wrongName(g, name, p.speaker.name))
  }
  wrongNames.sort((a, b) => a.at - b.at)
  return {
    statement: { tp: speaker.matched, predicted: predicted.length, gold: gold.length },
    speaker,
    speakerName,
    wrongNames,
    missed: gold.filter((_, i) => !goldUsed[i]).map(summariseGold),
    spurious: predicted.filter((_, i) => !predictedUsed[i]).map(summarisePredicted),
  }
}

function contentAgreement(gold: Uint8Array, predicted: Uint8Array): { coverage: number; precision: number } {
  let both = 0
  let goldCount = 0
  let predictedCount = 0
  for (let i = 0; i < gold.length; i++) {
    both += gold[i]! & predicted[i]!
    goldCount += gold[i]!
    predictedCount += predicted[i]!
  }
  return {
    // A gold attribution with no content words asks nothing of the prediction's content.
    coverage: goldCount ? both / goldCount : 1,
    precision: predictedCount ? both / predictedCount : goldCount ? 0 : 1,
  }
}

/** A gold attribution with no source is right only when the prediction names no speaker. */
function speakerIsRight(gold: BratAttribution, predicted: Statement): boolean {
  if (!gold.hasSource) return predicted.speaker.mentions.length === 0
  return predicted.speaker.mentions.some((m) => gold.source.some((s) => overlaps(m, s)))
}

function wrongName(g: BratAttribution, gold: string, predicted: string | null): WrongName {
  // Matched, so it has a cue.
  return {
    at: Math.min(...g.cue.map((s) => s.start)),
    cue: g.cue.map((s) => s.text).join(' '),
    source: g.source.map((s) => s.text).join(' / '),
    gold,
    predicted,
  }
}

function summariseGold(g: BratAttribution): StatementSummary {
  const s = summary([...g.cue, ...g.source, ...g.content, ...g.trigger], g.cue, g.source, g.content)
  return g.cue.length === 0 && g.trigger.length > 0 ? { ...s, trigger: g.trigger.map((t) => t.text).join(' ') } : s
}

function summarisePredicted(p: Statement): StatementSummary {
  const cue = p.cue ? [p.cue] : []
  return summary([...cue, ...p.speaker.mentions, ...p.content], cue, p.speaker.mentions, p.content)
}

function summary(all: Span[], cue: Span[], source: Span[], content: Span[]): StatementSummary {
  const at = all.length ? Math.min(...all.map((s) => s.start)) : 0
  const join = (spans: Span[], separator: string) => spans.map((s) => s.text).join(separator)
  return {
    at,
    cue: join(cue, ' '),
    source: join(source, ' / '),
    content: join(content, ' … ').slice(0, 100),
  }
}
