// How a text says through which outlet, and in what form, a statement reached us: the phrases and
// words of lexicon/<lang>/provenance.json (its `_comment` explains each field), as sets built once.

import english from './en/provenance.json' with { type: 'json' }

/** A phrase an outlet follows ("told", "in an interview with"), and the medium it implies. */
export interface ChannelPhrase {
  readonly phrase: string
  readonly medium?: string
}

/** A form a statement takes ("a video address"), the medium recorded for it, and whether it is a broadcast ("on state television"). */
export interface MediumPhrase {
  readonly phrase: string
  readonly medium: string
  readonly broadcast: boolean
}

/** Lower case unless said otherwise; multi-word phrases with spaces. */
export interface ProvenanceLexicon {
  /** Phrases an outlet follows: "according to", "told", "interview with". */
  readonly channelBefore: readonly ChannelPhrase[]
  /** Verbs an outlet stands before: "…, TASS reported". */
  readonly channelAfter: ReadonlySet<string>
  /** Words that may stand between such an outlet and its verb: "TASS has reported". */
  readonly channelAfterAuxiliaries: ReadonlySet<string>
  /** Words that may stand between a channel phrase and an outlet's name: "the state news agency TASS". */
  readonly outletPrefixes: ReadonlySet<string>
  /** Articles, skipped before an outlet's name even when capitalised. */
  readonly articles: ReadonlySet<string>
  /** Articles that may open a name as written ("the Associated Press"): the name's capital is looked for after them. */
  readonly nameArticles: ReadonlySet<string>
  /** The possessive ending as its own token: "'s". */
  readonly possessiveMarks: ReadonlySet<string>
  /** Words before an outlet's name kept as its labels: "state-run", "Kremlin-aligned". */
  readonly descriptors: ReadonlySet<string>
  /** Type nouns that, capitalised, end an outlet's own name: "Christian News Service". */
  readonly namingKindNouns: readonly string[]
  /** The forms a statement takes: "video address", "press conference". */
  readonly media: readonly MediumPhrase[]
  /** Prepositions a medium follows: "in", "at", "on". */
  readonly mediumPrepositions: ReadonlySet<string>
  /** Prepositions after which only a platform or a broadcast is a medium: "on Telegram", not "seized on recent comments". */
  readonly platformPrepositions: ReadonlySet<string>
  /** Words joining a form to its platform: "a statement on Telegram". */
  readonly platformLinks: ReadonlySet<string>
  /** Words that may stand between a preposition and a medium: "his nightly video address". */
  readonly mediumModifiers: ReadonlySet<string>
  /** Nouns a medium word modifies, when it is no medium: "television advertising". */
  readonly notMediumBefore: ReadonlySet<string>
  /** Services a statement is posted on, as written (a capital needs one in the text): "Telegram". */
  readonly platforms: readonly string[]
  /** Nouns that may follow a platform: "Telegram channel". */
  readonly platformNouns: ReadonlySet<string>
}

interface RawProvenanceLexicon {
  channelBefore: { phrase: string; medium?: string }[]
  channelAfter: string[]
  channelAfterAuxiliaries: string[]
  outletPrefixes: string[]
  articles: string[]
  nameArticles: string[]
  possessiveMarks: string[]
  descriptors: string[]
  namingKindNouns: string[]
  media: { phrase: string; medium: string; broadcast?: boolean }[]
  mediumPrepositions: string[]
  platformPrepositions: string[]
  platformLinks: string[]
  mediumModifiers: string[]
  notMediumBefore: string[]
  platforms: string[]
  platformNouns: string[]
}

function provenanceLexicon(raw: RawProvenanceLexicon): ProvenanceLexicon {
  return {
    channelBefore: raw.channelBefore.map((p) => (p.medium === undefined ? { phrase: p.phrase } : { phrase: p.phrase, medium: p.medium })),
    channelAfter: new Set(raw.channelAfter),
    channelAfterAuxiliaries: new Set(raw.channelAfterAuxiliaries),
    outletPrefixes: new Set(raw.outletPrefixes),
    articles: new Set(raw.articles),
    nameArticles: new Set(raw.nameArticles),
    possessiveMarks: new Set(raw.possessiveMarks),
    descriptors: new Set(raw.descriptors),
    namingKindNouns: raw.namingKindNouns,
    media: raw.media.map((m) => ({ phrase: m.phrase, medium: m.medium, broadcast: m.broadcast === true })),
    mediumPrepositions: new Set(raw.mediumPrepositions),
    platformPrepositions: new Set(raw.platformPrepositions),
    platformLinks: new Set(raw.platformLinks),
    mediumModifiers: new Set(raw.mediumModifiers),
    notMediumBefore: new Set(raw.notMediumBefore),
    platforms: raw.platforms,
    platformNouns: new Set(raw.platformNouns),
  }
}

export const englishProvenance: ProvenanceLexicon = provenanceLexicon(english as RawProvenanceLexicon)
