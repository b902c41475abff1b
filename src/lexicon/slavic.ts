import ruCues from './ru/cues.json' with { type: 'json' }
import ruFirstNames from './ru/first-names.json' with { type: 'json' }
import ruGrammar from './ru/grammar.json' with { type: 'json' }
import ruNames from './ru/names.json' with { type: 'json' }
import ruPronouns from './ru/pronouns.json' with { type: 'json' }
import ruProvenance from './ru/provenance.json' with { type: 'json' }
import ukCues from './uk/cues.json' with { type: 'json' }
import ukFirstNames from './uk/first-names.json' with { type: 'json' }
import ukGrammar from './uk/grammar.json' with { type: 'json' }
import ukNames from './uk/names.json' with { type: 'json' }
import ukPronouns from './uk/pronouns.json' with { type: 'json' }
import ukProvenance from './uk/provenance.json' with { type: 'json' }

// The lexicons of Russian and Ukrainian (src/lexicon/{ru,uk}/*.json; each file's _comment explains
// its fields), compiled once, when this module loads: each cue class one regular expression over a
// lower-case word, phrases as word lists, word lists as sets. Their calendars are in calendar.ts;
// stance.json is read by src/extract/stance.ts; events.json and abbreviations.json by nothing yet.
//
// Some rules have always read Russian and Ukrainian words together, whichever the document's
// language (a Russian text quotes Ukrainian, and the other way round): the prepositions, adverbs
// and source stops of attribution.ts, the possessives, the outlet prefixes, and the name endings.
// Those fields hold both languages' lists, in both lexicons; the files keep each language's own.

export type CueClass = 'speech' | 'opinion' | 'intention' | 'appeal' | 'naming' | 'finding'
export const CUE_CLASSES: readonly CueClass[] = ['speech', 'opinion', 'intention', 'appeal', 'naming', 'finding']

export interface SlavicLexicon {
  lang: 'ru' | 'uk'
  /** One-word cues by class. */
  verbs: { cls: CueClass; word: RegExp }[]
  /** Cues of two words or more ("не исключил", "має намір"): each word a pattern. */
  verbPhrases: { cls: CueClass; words: RegExp[] }[]
  /** "сообщается", "повідомляється": a statement with no source. */
  impersonal: string[][]
  /** "по словам", "за словами", "согласно": the source follows, in an oblique case (provenance.json). */
  accordingTo: string[][]
  /** "как" / "як" before a cue verb: "как сообщил X, …". */
  as: Set<string>
  complementizers: Set<string>
  /** "об этом" / "про це" before a cue: the content is the sentence before. */
  thisPronoun: string[][]
  /** Personal and possessive pronoun → gender ('s' the speaker himself, 'p' plural) (pronouns.json). */
  pronouns: Map<string, 'm' | 'f' | 'p' | 's'>
  particles: Set<string>
  /** "не" before a cue belongs to it: "не исключил". */
  negators: Set<string>
  /** Heads of roles and titles: "министр", "речник" (names.json). */
  roleWords: Set<string>
  /** First names in the nominative (first-names.json). */
  firstNames: Set<string>
  /** Both languages': possessives inside an "according to" phrase, "по его словам" (pronouns.json). */
  possessives: Set<string>
  /** Both languages': prepositions, and the word after them, that are not a source ("в четверг") (grammar.json). */
  prepositions: Set<string>
  /** Both languages': adverbs, conjunctions and the like that are not a source ("ранее", "однако") (grammar.json). */
  adverbs: Set<string>
  /** Both languages': words that end a source looked for after its cue — grammar.json's sourceStops and provenance.json's addressees ("журналистам"). */
  sourceStops: Set<string>
  /** Both languages': whom a statement is made to, in the dative ("журналистам", "агентству") (provenance.json). */
  addressees: Set<string>
  /** Both languages': "со ссылкой на", "з посиланням на" — whom a reporting outlet cites follows (provenance.json). */
  citing: readonly (readonly string[])[]
  /** Both languages': a type noun opening an outlet's name, and the space after it ("агентство ТАСС") (provenance.json). */
  outletPrefix: RegExp
}

/**
 * The name endings of names.json and the men's names in -а/-я of first-names.json, Russian and
 * Ukrainian together: the name rules (src/extract/slavic/names.ts, people.ts) read them whichever
 * the document's language.
 */
export interface SlavicNameForms {
  /** What an inflected name adds to its nominative: "Путин" → "Путина". */
  caseEndings: ReadonlySet<string>
  /** What replaces a woman's final -а/-я: "Каренина" → "Карениной". */
  feminineCaseEndings: ReadonlySet<string>
  /** Men's first names that end in -а/-я: "никита", "микола". */
  menEndingInA: ReadonlySet<string>
  /** Each a test of a word's ending. */
  patronymic: RegExp
  femaleSurname: RegExp
  maleSurname: RegExp
  surname: RegExp
  /** Endings no place or organisation has: "Порошенка", "Ткачука". */
  onlySurname: RegExp
  /** Countries, regions and cities in the nominative, by their first three letters: "Россия", "Луганщина". */
  places: ReadonlyMap<string, readonly string[]>
  /** Nouns heading the names of institutions and places, lower case, nominative: "совет", "рада". */
  institutionHeads: readonly string[]
}

interface RawBundle {
  cues: Record<CueClass, string[]> & { impersonal: string[]; as: string[]; complementizers: string[]; thisPronoun: string[]; particles: string[]; negators: string[] }
  pronouns: { gender: Record<string, string>; possessives: string[] }
  provenance: { accordingTo: string[]; addressees: string[]; outletPrefixes: string[]; citing: string[] }
  grammar: { prepositions: string[]; adverbs: string[]; sourceStops: string[] }
  names: typeof ruNames
  firstNames: typeof ruFirstNames
}

const RU: RawBundle = { cues: ruCues, pronouns: ruPronouns, provenance: ruProvenance, grammar: ruGrammar, names: ruNames, firstNames: ruFirstNames }
const UK: RawBundle = { cues: ukCues, pronouns: ukPronouns, provenance: ukProvenance, grammar: ukGrammar, names: ukNames, firstNames: ukFirstNames }

/** Russian's words, then Ukrainian's, once each. */
function union(pick: (raw: RawBundle) => readonly string[]): Set<string> {
  return new Set([...pick(RU), ...pick(UK)])
}

function byPrefix(words: Iterable<string>): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const w of words) {
    const key = w.slice(0, 3)
    out.set(key, [...(out.get(key) ?? []), w])
  }
  return out
}

/** A test of a word's ending: any of both languages' `pick`. */
function endingIn(pick: (raw: RawBundle) => readonly string[]): RegExp {
  return new RegExp(`(?:${[...union(pick)].join('|')})$`, 'u')
}

const BOTH = {
  possessives: union((r) => r.pronouns.possessives),
  prepositions: union((r) => r.grammar.prepositions),
  adverbs: union((r) => r.grammar.adverbs),
  sourceStops: union((r) => [...r.grammar.sourceStops, ...r.provenance.addressees]),
  addressees: union((r) => r.provenance.addressees),
  citing: [...union((r) => r.provenance.citing)].map((p) => p.split(' ')),
  outletPrefix: new RegExp(`^(?:${[...union((r) => r.provenance.outletPrefixes)].join('|')})\\s+`, 'u'),
}

export const slavicNameForms: SlavicNameForms = {
  caseEndings: union((r) => r.names.caseEndings),
  feminineCaseEndings: union((r) => r.names.feminineCaseEndings),
  menEndingInA: union((r) => r.firstNames.menEndingInA),
  patronymic: endingIn((r) => r.names.patronymicEndings),
  femaleSurname: endingIn((r) => r.names.femaleSurnameEndings),
  maleSurname: endingIn((r) => r.names.maleSurnameEndings),
  surname: endingIn((r) => r.names.surnameEndings),
  onlySurname: endingIn((r) => r.names.onlySurnameEndings),
  places: byPrefix(union((r) => r.names.places)),
  institutionHeads: [...union((r) => r.names.institutionHeads)],
}

function compile(lang: 'ru' | 'uk', raw: RawBundle): SlavicLexicon {
  const verbs: SlavicLexicon['verbs'] = []
  const verbPhrases: SlavicLexicon['verbPhrases'] = []
  for (const cls of CUE_CLASSES) {
    const single: string[] = []
    for (const entry of raw.cues[cls]) {
      const words = entry.split(' ')
      if (words.length === 1) single.push(entry)
      else verbPhrases.push({ cls, words: words.map((w) => new RegExp(`^(?:${w})$`, 'u')) })
    }
    verbs.push({ cls, word: new RegExp(`^(?:${single.join('|')})$`, 'u') })
  }
  const phrases = (list: string[]) => list.map((p) => p.split(' '))
  return {
    lang,
    verbs,
    verbPhrases,
    impersonal: phrases(raw.cues.impersonal),
    accordingTo: phrases(raw.provenance.accordingTo),
    as: new Set(raw.cues.as),
    complementizers: new Set(raw.cues.complementizers),
    thisPronoun: phrases(raw.cues.thisPronoun),
    pronouns: new Map(Object.entries(raw.pronouns.gender) as [string, 'm' | 'f' | 'p' | 's'][]),
    particles: new Set(raw.cues.particles),
    negators: new Set(raw.cues.negators),
    roleWords: new Set(raw.names.roleWords),
    firstNames: new Set(raw.firstNames.names),
    ...BOTH,
  }
}

const LEXICONS = { ru: compile('ru', RU), uk: compile('uk', UK) }

export function slavicLexicon(lang: 'ru' | 'uk'): SlavicLexicon {
  return LEXICONS[lang]
}
