// Trigger words: one pass over the token arrays (a typed-array test of each token's first two
// letters and length, a Map lookup for the few that pass), then the few tokens around each
// candidate decide whether it names an event here ("he talks" does not; "a call with Putin" does).

import type { EventType } from '../../core/records.js'
import { type EventLexicon, shapeKey } from '../../lexicon/events.js'
import { TokenKind } from '../../text/tokenizer.js'
import { type Analysis, isCapitalized } from '../analysis.js'
import type { NameFindings } from '../entities.js'
import { type Candidate, matches, POSSESSIVE_MARK } from './mention.js'

const BE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', "'s", '’s', "'re", '’re', "'m", '’m'])
const VERBAL_BEFORE = new Set([...BE, 'after', 'before', 'while', 'when', 'since', 'by'])
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'who'])

export function findTriggers(a: Analysis, names: NameFindings, lex: EventLexicon): Candidate[] {
  const out: Candidate[] = []
  const { lower } = a
  const count = a.tokens.count
  // The phone marker of a call verb is no trigger of its own ("spoke by phone").
  let markerEnd = -1
  // Most tokens are ruled out by their first letter and length, read from the typed arrays and the
  // text without touching the token strings.
  const shapes = lex.firstWordShapes
  const { starts, ends } = a.tokens
  const text = a.text
  for (let k = 0; k < count; k++) {
    const start = starts[k]!
    const length = ends[k]! - start
    if (length < 2 || ((shapes[shapeKey(text.charCodeAt(start), text.charCodeAt(start + 1))]! >>> Math.min(length, 31)) & 1) === 0) continue
    const w = lower[k]!
    const forms = lex.triggers.get(w)
    const phone = lex.phoneVerbs.has(w)
    if (!forms && !phone) continue
    const marker = phone ? phoneMarkerAfter(a, lex, k) : -1
    if (marker >= 0) {
      out.push({ head: k, headEnd: k + 1, type: 'call', verb: true })
      markerEnd = marker + markerLength(a, lex, marker)
      continue
    }
    if (k < markerEnd) continue
    if (!forms) continue
    let noun: { end: number; type: EventType } | undefined
    let verb: { end: number; type: EventType } | undefined
    for (const f of forms) {
      if (!matches(lower, k, f.words, count)) continue
      if (f.verb) verb ??= { end: k + f.words.length, type: f.type }
      else noun ??= { end: k + f.words.length, type: f.type }
    }
    // A longer noun form wins ("phone call" over the verb "phone").
    if (noun && (!verb || noun.end > verb.end || (noun.end === verb.end && !isVerbal(a, lex, k, noun.end)))) {
      if (noun.end - k === 1 && !nounUse(a, names, lex, k, noun.type)) continue
      out.push({ head: k, headEnd: noun.end, type: noun.type, verb: false })
      k = noun.end - 1
    } else if (verb && verbUse(a, lex, k)) {
      out.push({ head: k, headEnd: verb.end, type: verb.type, verb: true })
    }
  }
  return out
}

/** A word that is both a trigger noun and a trigger verb ("meeting", "visit", "visits"): is it the verb here? */
function isVerbal(a: Analysis, lex: EventLexicon, k: number, nounEnd: number): boolean {
  if (nounEnd - k !== 1) return false
  const prev = k > 0 && a.sentences.ofToken[k - 1] === a.sentences.ofToken[k] ? a.lower[k - 1]! : ''
  const w = a.lower[k]!
  if (w === 'meeting') return VERBAL_BEFORE.has(prev)
  // "will visit Kyiv", "Putin visits China": after a modal, a subject or a pronoun.
  if (lex.definite.has(prev) || lex.indefinite.has(prev) || lex.possessive.has(prev) || POSSESSIVE_MARK.has(prev)) return false
  return lex.auxiliaries.has(prev) || SUBJECT_PRONOUNS.has(prev) || (k > 0 && isNameEnd(a, k - 1))
}

/** Rules out nouns that name no event here: "he talks", "Angela Davis talks", "a call for calm", "calls on". */
function nounUse(a: Analysis, names: NameFindings, lex: EventLexicon, k: number, type: EventType): boolean {
  const prev = k > 0 ? a.lower[k - 1]! : ''
  const next = k + 1 < a.tokens.count ? a.lower[k + 1]! : ''
  if (type === 'talks') {
    if (SUBJECT_PRONOUNS.has(prev)) return false
    const before = k > 0 ? names.ofToken[k - 1]! : -1
    if (before >= 0 && names.mentions[before]!.end === k && names.clusters[names.mentions[before]!.entity]!.type === 'person') return false
  }
  // A lone "call" is a call only with its other party after it: "a call with Putin", "the call to Trump"
  // (not "a call for calm", "her call sheet").
  if (type === 'call') {
    if (next === 'with' || next === 'between' || next === 'from') return true
    if (next === 'to') return k + 2 < a.tokens.count && names.ofToken[k + 2]! >= 0
    // "the call" refers back to one.
    return lex.definite.has(prev) && next !== 'for' && next !== 'on' && next !== 'up' && next !== 'off' && next !== 'out'
  }
  return true
}

/**
 * A verb form is an event unless passive ("was met with criticism"), an adjective ("the visiting
 * team") or negated ("did not meet": nothing took place).
 */
function verbUse(a: Analysis, lex: EventLexicon, k: number): boolean {
  const prev = k > 0 ? a.lower[k - 1]! : ''
  if (BE.has(prev) || prev === 'the' || prev === 'a' || prev === 'an') return false
  return !lex.negations.has(prev) && !(k > 1 && lex.negations.has(a.lower[k - 2]!) && lex.auxiliaries.has(prev))
}

/** Index of a phone marker ("by phone") within a few tokens after k in its sentence, or -1. */
function phoneMarkerAfter(a: Analysis, lex: EventLexicon, k: number): number {
  const sentence = a.sentences.ofToken[k]
  const limit = Math.min(a.tokens.count, k + 10)
  for (let j = k + 1; j < limit && a.sentences.ofToken[j] === sentence; j++) {
    const w = a.lower[j]!
    if (lex.clauseBreaks.has(w) || w === ',') return -1
    for (const m of lex.phoneMarkers.get(w) ?? []) if (matches(a.lower, j, m.words, a.tokens.count)) return j
  }
  return -1
}

export function markerLength(a: Analysis, lex: EventLexicon, j: number): number {
  for (const mk of lex.phoneMarkers.get(a.lower[j] ?? '') ?? []) if (matches(a.lower, j, mk.words, a.tokens.count)) return mk.words.length
  return 0
}

/** A capitalised word inside its sentence: most likely the end of a name. */
function isNameEnd(a: Analysis, k: number): boolean {
  return a.tokens.kinds[k] === TokenKind.Word && isCapitalized(a, k) && a.sentences.starts[a.sentences.ofToken[k]!] !== k
}
