import en from './en/cues.json' with { type: 'json' }
import enLearned from './en/cues.learned.json' with { type: 'json' }

export type CueKind = 'speech' | 'belief' | 'intention' | 'report'

export interface CueVerb {
  lemma: string
  kind: CueKind
  /** Takes a listener before its content: "told reporters that …". */
  takesObject: boolean
  /** This form is also a common noun ("report", "claims"): a cue only after a subject or auxiliary. */
  nounLike: boolean
  /** Words of a multi-word form ("pointed out" → ["pointed", "out"]). */
  words: string[]
  /** Share of its occurrences that were cues in annotated news; -1 when never counted. */
  ratio: number
  /** Found by learning rather than written in the lexicon. */
  learned: boolean
}

export interface CueLexicon {
  /** Keyed by the first word of a form, lower case; longest forms first. */
  verbs: Map<string, CueVerb[]>
  /** Phrases whose source follows: "according to". */
  prepositional: Map<string, { words: string[]; kind: CueKind }[]>
  auxiliaries: Set<string>
  adverbs: Set<string>
  /** Words in -ly that are no adverbs, so never join a verb group: "early", "family", "Kelly". */
  notAdverbs: Set<string>
  subordinators: Set<string>
  relativePronouns: Set<string>
  /** Nouns that often stand as sources ("the poll shows"): a noun-like cue form may follow them. */
  sourceNouns: Set<string>
  /** Cue forms whose content is an infinitive after their object: "urged Congress [to act]". */
  objectInfinitive: Set<string>
  /** Prepositions that join any cue verb they follow ("talked about"). */
  particles: Set<string>
  /** Verb + preposition pairs that are cues together ("referring to", "called on"), learned. */
  particlePairs: Set<string>
  /** Nouns of the form a statement took, skipped between a cue and its content: "said in a statement that". */
  settings: Set<string>
  /** Labels that open a line with a colon and quote nobody ("Update:", "Photo:"), unlike a headline's speaker. */
  lineLabels: Set<string>
}

interface RawVerb {
  forms: string
  kind: string
  object?: boolean
  nounLike?: string[]
}

interface RawLexicon {
  verbs: RawVerb[]
  prepositional: { phrase: string; kind: string }[]
  auxiliaries: string[]
  adverbs: string[]
  notAdverbs: string[]
  subordinators: string[]
  relativePronouns: string[]
  sourceNouns: string[]
  particles: string[]
  objectInfinitive: string[]
  settings: string[]
  lineLabels: string[]
}

/** Word statistics learned from annotated news (scripts/learn-cue-lexicon.ts): [form, cue, seen]. */
export interface LearnedCues {
  words: [string, number, number][]
  bigrams: [string, number, number][]
}

/** Which learned forms become cues: often enough, and cues most of the times they are seen. */
export interface LearnedCueThresholds {
  minCount: number
  minRatio: number
}

export const DEFAULT_LEARNED_THRESHOLDS: LearnedCueThresholds = { minCount: 4, minRatio: 0.4 }

// Learned forms must look like verbs: other parts of speech need rules the learned list cannot give.
const VERB_FORM = /(?:ed|ing|s|wn|ld|ght|id|ote)$/

const PARTICLE = / (?:about|against|as|at|for|in|into|of|on|out|over|to|up|with)$/

const KINDS = new Set<CueKind>(['speech', 'belief', 'intention', 'report'])

function cueKind(kind: string): CueKind {
  if (!KINDS.has(kind as CueKind)) throw new Error(`cue lexicon: unknown kind "${kind}"`)
  return kind as CueKind
}

function addByFirstWord<T extends { words: string[] }>(map: Map<string, T[]>, entry: T): void {
  const first = entry.words[0]!
  const list = map.get(first) ?? []
  list.push(entry)
  list.sort((a, b) => b.words.length - a.words.length)
  map.set(first, list)
}

/** Builds the lookup tables from a lexicon file's data (English ships in ./en/cues.json). */
export function buildCueLexicon(raw: RawLexicon, learned?: LearnedCues, thresholds = DEFAULT_LEARNED_THRESHOLDS): CueLexicon {
  const verbs = new Map<string, CueVerb[]>()
  const closed = new Set([...raw.auxiliaries, ...raw.adverbs, ...raw.subordinators, ...raw.relativePronouns])
  const ratios = new Map((learned?.words ?? []).map(([form, cue, seen]) => [form, cue / seen]))
  for (const verb of raw.verbs) {
    const forms = verb.forms.split('|')
    const nounLike = new Set(verb.nounLike ?? [])
    for (const form of forms) {
      addByFirstWord(verbs, {
        lemma: forms[0]!,
        kind: cueKind(verb.kind),
        takesObject: verb.object === true,
        nounLike: nounLike.has(form),
        words: form.split(' '),
        ratio: ratios.get(form.split(' ')[0]!) ?? -1,
        learned: false,
      })
    }
  }
  for (const [form, cue, seen] of learned?.words ?? []) {
    if (cue < thresholds.minCount || cue / seen < thresholds.minRatio || verbs.has(form) || closed.has(form)) continue
    if (!VERB_FORM.test(form) || form.endsWith('ly')) continue
    // A form that is not an -ed or -ing form may be a noun ("calls", "polls"): verbal context required.
    const nounLike = !/(?:ed|ing|wn)$/.test(form)
    addByFirstWord(verbs, { lemma: form, kind: 'speech', takesObject: false, nounLike, words: [form], ratio: cue / seen, learned: true })
  }
  const prepositional = new Map<string, { words: string[]; kind: CueKind }[]>()
  for (const p of raw.prepositional) addByFirstWord(prepositional, { words: p.phrase.split(' '), kind: cueKind(p.kind) })
  return {
    verbs,
    prepositional,
    auxiliaries: new Set(raw.auxiliaries),
    adverbs: new Set(raw.adverbs),
    notAdverbs: new Set(raw.notAdverbs),
    subordinators: new Set(raw.subordinators),
    relativePronouns: new Set(raw.relativePronouns),
    sourceNouns: new Set(raw.sourceNouns),
    particles: new Set(raw.particles),
    objectInfinitive: new Set(raw.objectInfinitive),
    particlePairs: new Set(
      (learned?.bigrams ?? [])
        .filter(([pair, cue, seen]) => cue >= thresholds.minCount && cue / seen >= 0.5 && PARTICLE.test(pair))
        .map(([pair]) => pair),
    ),
    settings: new Set(raw.settings),
    lineLabels: new Set(raw.lineLabels),
  }
}

/**
 * A wider net of candidate cues for the trained cue classifier to choose from: learned forms that are
 * cues only now and then ("supported", "backing") are let in, and the classifier decides in context.
 */
export const CANDIDATE_THRESHOLDS: LearnedCueThresholds = { minCount: 2, minRatio: 0.1 }
export const englishCueCandidates: CueLexicon = buildCueLexicon(en as RawLexicon, enLearned as unknown as LearnedCues, CANDIDATE_THRESHOLDS)
