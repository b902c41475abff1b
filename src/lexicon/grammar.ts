// Function words the clause rules of attribution, speakers, cues and names read, by the part each
// plays: lexicon/<lang>/grammar.json (its `_comment` explains each field), as sets built once.

import english from './en/grammar.json' with { type: 'json' }
import { englishCalendar } from './calendar.js'

/** Lower case; multi-word entries with spaces. */
export interface GrammarLexicon {
  /** Words that open an adverbial phrase, not a subject: "On Friday, …", "Last week Stumpf said"; weekdays included. */
  readonly adverbialOpeners: ReadonlySet<string>
  /** Prepositions dropped before a subject: "with X calling …". */
  readonly subjectPrepositions: ReadonlySet<string>
  /** Words a subject never starts with. */
  readonly nonSubjectStarts: ReadonlySet<string>
  /** Conjunctions that join clauses: "and", "but". */
  readonly coordinators: ReadonlySet<string>
  /** Words that may stand before "according to X," at a sentence's start: "But, according to …". */
  readonly connectives: ReadonlySet<string>
  /** Full forms of "to be": before "by", they make a cue passive ("was first reported by"). */
  readonly beForms: ReadonlySet<string>
  /** Every form of "to be", contractions too: before a listener verb, they make it passive ("he was told"). */
  readonly passiveAuxiliaries: ReadonlySet<string>
  /** "the", "a", "an": before a role in an apposition ("Smith, the spokesman"). */
  readonly articles: ReadonlySet<string>
  /** A participle after one is an adjective: "a written statement". */
  readonly determiners: ReadonlySet<string>
  /** Words before a noun phrase's head left out of a role or a group's name: "the two senior officials". */
  readonly nounPhraseDeterminers: ReadonlySet<string>
  /** Words before the noun of a setting: "in his interview". */
  readonly settingDeterminers: ReadonlySet<string>
  /** A source after its cue may start with one instead of a capital: "said the spokesman". */
  readonly sourceDeterminers: ReadonlySet<string>
  /** Adverbs between a source and its cue: "Politifact then said". */
  readonly trailingAdverbs: ReadonlySet<string>
  /** Asides before a cue that are no part of the source: "The government, for instance, refused". */
  readonly discourseAsides: ReadonlySet<string>
  /** Words that say when, skipped between a cue and its content ("said Monday that"); weekdays included. */
  readonly timeWords: ReadonlySet<string>
  /** Words that make a time word a two-word adjunct: "last week". */
  readonly timeLeads: ReadonlySet<string>
  /** Prepositions that open a setting between a cue and its content: "in a statement". */
  readonly settingPrepositions: ReadonlySet<string>
  /** Words that join a setting to its complement: "in an interview with Fox News". */
  readonly settingLinks: ReadonlySet<string>
}

interface RawGrammarLexicon {
  adverbialOpeners: string[]
  subjectPrepositions: string[]
  nonSubjectStarts: string[]
  coordinators: string[]
  connectives: string[]
  beForms: string[]
  beContractions: string[]
  articles: string[]
  determiners: string[]
  nounPhraseDeterminers: string[]
  settingDeterminers: string[]
  sourceDeterminers: string[]
  trailingAdverbs: string[]
  discourseAsides: string[]
  timeWords: string[]
  timeLeads: string[]
  settingPrepositions: string[]
  settingLinks: string[]
}

/** `weekdays`: the language's weekday names (calendar.json), which open adverbials and say when. */
function grammarLexicon(raw: RawGrammarLexicon, weekdays: readonly string[]): GrammarLexicon {
  return {
    adverbialOpeners: new Set([...raw.adverbialOpeners, ...weekdays]),
    subjectPrepositions: new Set(raw.subjectPrepositions),
    nonSubjectStarts: new Set(raw.nonSubjectStarts),
    coordinators: new Set(raw.coordinators),
    connectives: new Set(raw.connectives),
    beForms: new Set(raw.beForms),
    passiveAuxiliaries: new Set([...raw.beForms, ...raw.beContractions]),
    articles: new Set(raw.articles),
    determiners: new Set(raw.determiners),
    nounPhraseDeterminers: new Set(raw.nounPhraseDeterminers),
    settingDeterminers: new Set(raw.settingDeterminers),
    sourceDeterminers: new Set(raw.sourceDeterminers),
    trailingAdverbs: new Set(raw.trailingAdverbs),
    discourseAsides: new Set(raw.discourseAsides),
    timeWords: new Set([...weekdays, ...raw.timeWords]),
    timeLeads: new Set(raw.timeLeads),
    settingPrepositions: new Set(raw.settingPrepositions),
    settingLinks: new Set(raw.settingLinks),
  }
}

export const englishGrammar: GrammarLexicon = grammarLexicon(english, englishCalendar.weekdays)
