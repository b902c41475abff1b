import type { CueKind, CueLexicon, CueVerb } from '../lexicon/cues.js'
import { TokenKind } from '../text/tokenizer.js'
import { type Analysis, isCapitalized } from './analysis.js'

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

const ARTICLES = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your'])
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'who', 'it', 'which', 'that'])

/** Finds cue verb groups ("has also said") and prepositional cues ("according to") outside quotations. */
export function findCues(a: Analysis, lexicon: CueLexicon): CueMatch[] {
  const { tokens, lower, quotes } = a
  const found: CueMatch[] = []
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.kinds[i] !== TokenKind.Word || quotes.ofToken[i] !== -1) continue
    const word = lower[i]!
    const phrase = lexicon.prepositional.get(word)?.find((p) => matchesWords(lower, i, p.words))
    if (phrase) {
      found.push({ start: i, end: i + phrase.words.length, head: i, kind: phrase.kind, prepositional: true, verb: null })
      i += phrase.words.length - 1
      continue
    }
    const verb = lexicon.verbs.get(word)?.find((v) => matchesWords(lower, i, v.words))
    if (!verb) continue
    // A capitalised verb form mid-sentence is a name ("United States", "Post").
    if (isCapitalized(a, i) && a.sentences.starts[a.sentences.ofToken[i]!] !== i) continue
    let start = i
    while (start > 0 && (lexicon.auxiliaries.has(lower[start - 1]!) || lexicon.adverbs.has(lower[start - 1]!)) && sameSentence(a, start - 1, i)) start--
    if (verb.nounLike && !inVerbalContext(a, lexicon, start, i)) continue
    // "a written statement", "the known facts": a participle used as an adjective.
    if (start === i && i > 0 && ARTICLES.has(lower[i - 1]!)) continue
    found.push({ start, end: i + verb.words.length, head: i, kind: verb.kind, prepositional: false, verb })
    i += verb.words.length - 1
  }
  return found
}

function matchesWords(lower: string[], i: number, words: string[]): boolean {
  for (let k = 1; k < words.length; k++) if (lower[i + k] !== words[k]) return false
  return true
}

function sameSentence(a: Analysis, i: number, j: number): boolean {
  return a.sentences.ofToken[i] === a.sentences.ofToken[j]
}

/** A noun-like form ("reports", "claims") is a verb after an auxiliary, a subject pronoun or a name. */
function inVerbalContext(a: Analysis, lexicon: CueLexicon, groupStart: number, head: number): boolean {
  if (groupStart < head) return lexicon.auxiliaries.has(a.lower[groupStart]!) || lexicon.adverbs.has(a.lower[groupStart]!)
  const prev = head - 1
  if (prev < 0 || !sameSentence(a, prev, head)) return false
  const p = a.lower[prev]!
  if (SUBJECT_PRONOUNS.has(p)) return true
  // "Trump claims …": a capitalised word that is not the sentence's first.
  const c = a.text[a.tokens.starts[prev]!]!
  return a.tokens.kinds[prev] === TokenKind.Word && c !== c.toLowerCase() && a.sentences.starts[a.sentences.ofToken[prev]!] !== prev
}
