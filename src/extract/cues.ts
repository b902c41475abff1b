// Cue candidates: verb groups ("has also said") and prepositional phrases ("according to") of the
// cue lexicon, found outside quotations, with the context rules that tell a cue verb from a noun or a name.

import type { CueKind, CueLexicon, CueVerb } from '../lexicon/cues.js'
import { englishGrammar as grammar } from '../lexicon/grammar.js'
import { englishPronouns as pronouns } from '../lexicon/pronouns.js'
import type { Analysis } from './analysis.js'

/** A cue found in the text: tokens [start, end), the verb (or prepositional phrase) at its head. */
export interface CueMatch {
  start: number
  end: number
  /** First token of the cue word itself, after auxiliaries and adverbs. */
  head: number
  kind: CueKind
  /** "according to": the source follows the cue. */
  prepositional: boolean
  verb: CueVerb | null
}

/** Finds cue verb groups ("has also said") and prepositional cues ("according to") outside quotations. */
export function findCues(a: Analysis, lexicon: CueLexicon): CueMatch[] {
  const { tok, lower } = a
  const found: CueMatch[] = []
  for (let i = 0; i < tok.count; i++) {
    if (!tok.isWord(i) || a.quote.isQuoted(i)) continue
    const word = lower[i]!
    const phrase = lexicon.prepositional.get(word)?.find((p) => matchesWords(lower, i, p.words))
    if (phrase) {
      found.push({ start: i, end: i + phrase.words.length, head: i, kind: phrase.kind, prepositional: true, verb: null })
      i += phrase.words.length - 1
      continue
    }
    const verb = lexicon.verbs.get(word)?.find((v) => matchesWords(lower, i, v.words))
    if (!verb) continue
    // A capitalised verb form mid-sentence is a name ("United States", "Post"), except in a Title Case headline.
    if (tok.startsUpper(i) && a.sent.start(a.sent.of(i)) !== i && !inTitleCaseLine(a, i)) continue
    // "choose to believe": an infinitive is not an attribution of its own.
    if (i > 0 && lower[i - 1] === 'to') continue
    let start = i
    while (start > 0 && isGroupWord(lexicon, lower[start - 1]!) && sameSentence(a, start - 1, i)) start--
    if (verb.nounLike && !inVerbalContext(a, lexicon, start, i)) continue
    // "Varga was asked", "he was told": the subject of a passive listener verb is not the speaker.
    if (verb.takesObject && start < i && grammar.passiveAuxiliaries.has(lower[i - 1]!)) continue
    // "a written statement", "the known facts": a participle used as an adjective.
    if (start === i && i > 0 && grammar.determiners.has(lower[i - 1]!)) continue
    let end = i + verb.words.length
    const next = lower[end]
    if (next !== undefined && sameSentence(a, end, i) && (lexicon.particles.has(next) || lexicon.particlePairs.has(`${lower[end - 1]} ${next}`))) end++
    // "declared:" — a colon introducing the content belongs to the cue.
    if (lower[end] === ':' && tok.isAttached(end)) end++
    found.push({ start, end, head: i, kind: verb.kind, prepositional: false, verb })
    i = end - 1
  }
  return found
}

/** Auxiliaries and adverbs that belong to the verb group: "has also said", "immediately responded". */
function isGroupWord(lexicon: CueLexicon, w: string): boolean {
  return lexicon.auxiliaries.has(w) || lexicon.adverbs.has(w) || (w.length > 4 && w.endsWith('ly') && !lexicon.notAdverbs.has(w))
}

/** Most words of the line are capitalised: a headline, where verbs are capitalised too. */
function inTitleCaseLine(a: Analysis, i: number): boolean {
  const s = a.sent.of(i)
  const from = a.sent.start(s)
  const to = a.sent.end(s)
  let words = 0
  let capitalised = 0
  for (let k = from; k < to; k++) {
    if (!a.tok.isWord(k) || a.lower[k]!.length < 4) continue
    words++
    if (a.tok.startsUpper(k)) capitalised++
  }
  return words >= 3 && capitalised / words >= 0.8
}

function matchesWords(lower: string[], i: number, words: string[]): boolean {
  for (let k = 1; k < words.length; k++) if (lower[i + k] !== words[k]) return false
  return true
}

function sameSentence(a: Analysis, i: number, j: number): boolean {
  return a.sent.of(i) === a.sent.of(j)
}

/** A noun-like form ("reports", "claims") is a verb after an auxiliary, a subject pronoun or a name. */
function inVerbalContext(a: Analysis, lexicon: CueLexicon, groupStart: number, head: number): boolean {
  if (groupStart < head) return lexicon.auxiliaries.has(a.lower[groupStart]!) || lexicon.adverbs.has(a.lower[groupStart]!)
  const prev = head - 1
  if (prev < 0 || !sameSentence(a, prev, head)) return false
  const p = a.lower[prev]!
  if (pronouns.verbSubjects.has(p) || lexicon.sourceNouns.has(p)) return true
  // "Trump claims …": a capitalised word that is not the sentence's first.
  return a.tok.isCapitalized(prev) && a.sent.start(a.sent.of(prev)) !== prev
}
