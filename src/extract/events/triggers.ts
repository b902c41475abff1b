// Trigger words: one pass over the token arrays (a typed-array test of each token's first two
// letters and length, a Map lookup for the few that pass), then the few tokens around each
// candidate decide whether it names an event here ("he talks" does not; "a call with Putin" does).

import type { EventType } from '../../core/records.js'
import { type EventLexicon, shapeKey } from '../../lexicon/events.js'
import { type Analysis, isCapitalized } from '../analysis.js'
import { type NameFindings, mentionAt } from '../entities.js'
import { type Candidate, matches } from './mention.js'

export function findTriggers(a: Analysis, names: NameFindings, lex: EventLexicon): Candidate[] {
  const out: Candidate[] = []
  const { lower } = a
  const count = a.tok.count
  // The phone marker of a call verb is no trigger of its own ("spoke by phone").
  let markerEnd = -1
  // Most tokens are ruled out by their first letter and length, read from the token offsets and the
  // text without touching the token strings.
  const shapes = lex.firstWordShapes
  const { tok } = a
  const text = a.text
  for (let k = 0; k < count; k++) {
    const start = tok.start(k)
    const length = tok.end(k) - start
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
  const prev = k > 0 && a.sent.of(k - 1) === a.sent.of(k) ? a.lower[k - 1]! : ''
  const w = a.lower[k]!
  if (lex.gerunds.has(w)) return lex.gerundBefore.has(prev)
  // "will visit Kyiv", "Putin visits China": after a modal, a subject or a pronoun.
  if (lex.definite.has(prev) || lex.indefinite.has(prev) || lex.possessive.has(prev) || lex.possessiveMarks.has(prev)) return false
  return lex.auxiliaries.has(prev) || lex.subjectPronouns.has(prev) || (k > 0 && isNameEnd(a, k - 1))
}

/** Rules out nouns that name no event here: "he talks", "Angela Davis talks", "a call for calm", "calls on". */
function nounUse(a: Analysis, names: NameFindings, lex: EventLexicon, k: number, type: EventType): boolean {
  const prev = k > 0 ? a.lower[k - 1]! : ''
  const next = k + 1 < a.tok.count ? a.lower[k + 1]! : ''
  if (type === 'talks') {
    if (lex.subjectPronouns.has(prev)) return false
    const before = mentionAt(names, k - 1)
    if (before && before.end === k && names.clusters[before.entity]!.type === 'person') return false
  }
  // A lone "call" is a call only with its other party after it: "a call with Putin", "the call to Trump"
  // (not "a call for calm", "her call sheet").
  if (type === 'call') {
    if (lex.callPartyPrepositions.has(next)) return true
    if (lex.callRecipientPrepositions.has(next)) return k + 2 < a.tok.count && mentionAt(names, k + 2) !== undefined
    // "the call" refers back to one.
    return lex.definite.has(prev) && !lex.callParticles.has(next)
  }
  return true
}

/**
 * A verb form is an event unless passive ("was met with criticism"), an adjective ("the visiting
 * team") or negated ("did not meet": nothing took place).
 */
function verbUse(a: Analysis, lex: EventLexicon, k: number): boolean {
  const prev = k > 0 ? a.lower[k - 1]! : ''
  if (lex.copulas.has(prev) || lex.articles.has(prev)) return false
  return !lex.negations.has(prev) && !(k > 1 && lex.negations.has(a.lower[k - 2]!) && lex.auxiliaries.has(prev))
}

/** Index of a phone marker ("by phone") within a few tokens after k in its sentence, or -1. */
function phoneMarkerAfter(a: Analysis, lex: EventLexicon, k: number): number {
  const sentence = a.sent.of(k)
  const limit = Math.min(a.tok.count, k + 10)
  for (let j = k + 1; j < limit && a.sent.of(j) === sentence; j++) {
    const w = a.lower[j]!
    if (lex.clauseBreaks.has(w) || w === ',') return -1
    for (const m of lex.phoneMarkers.get(w) ?? []) if (matches(a.lower, j, m.words, a.tok.count)) return j
  }
  return -1
}

export function markerLength(a: Analysis, lex: EventLexicon, j: number): number {
  for (const mk of lex.phoneMarkers.get(a.lower[j] ?? '') ?? []) if (matches(a.lower, j, mk.words, a.tok.count)) return mk.words.length
  return 0
}

/** A capitalised word inside its sentence: most likely the end of a name. */
function isNameEnd(a: Analysis, k: number): boolean {
  return a.tok.isWord(k) && isCapitalized(a, k) && a.sent.start(a.sent.of(k)) !== k
}
