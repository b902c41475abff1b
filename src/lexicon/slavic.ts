import ru from './ru/attribution.json' with { type: 'json' }
import uk from './uk/attribution.json' with { type: 'json' }

// The attribution lexicons of Russian and Ukrainian (src/lexicon/{ru,uk}/attribution.json),
// compiled once: each cue class one regular expression over a lower-case word, phrases as word lists.

export type CueClass = 'speech' | 'opinion' | 'intention' | 'appeal' | 'naming'
export const CUE_CLASSES: readonly CueClass[] = ['speech', 'opinion', 'intention', 'appeal', 'naming']

export interface SlavicLexicon {
  lang: 'ru' | 'uk'
  /** One-word cues by class. */
  verbs: { cls: CueClass; word: RegExp }[]
  /** Cues of two words or more ("не исключил", "має намір"): each word a pattern. */
  verbPhrases: { cls: CueClass; words: RegExp[] }[]
  /** "сообщается", "повідомляється": a statement with no source. */
  impersonal: string[][]
  /** "по словам", "за словами", "согласно": the source follows, in an oblique case. */
  accordingTo: string[][]
  /** "как" / "як" before a cue verb: "как сообщил X, …". */
  as: Set<string>
  complementizers: Set<string>
  /** "об этом" / "про це" before a cue: the content is the sentence before. */
  thisPronoun: string[][]
  /** Personal pronoun → gender ('s' the speaker himself, 'p' plural). */
  pronouns: Map<string, 'm' | 'f' | 'p' | 's'>
  particles: Set<string>
  roleWords: Set<string>
}

interface RawLexicon {
  speech: string[]
  opinion: string[]
  intention: string[]
  appeal: string[]
  naming: string[]
  impersonal: string[]
  accordingTo: string[]
  as: string[]
  complementizers: string[]
  thisPronoun: string[]
  pronouns: Record<string, string>
  particles: string[]
  roleWords: string[]
}

function compile(lang: 'ru' | 'uk', raw: RawLexicon): SlavicLexicon {
  const verbs: SlavicLexicon['verbs'] = []
  const verbPhrases: SlavicLexicon['verbPhrases'] = []
  for (const cls of CUE_CLASSES) {
    const single: string[] = []
    for (const entry of raw[cls]) {
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
    impersonal: phrases(raw.impersonal),
    accordingTo: phrases(raw.accordingTo),
    as: new Set(raw.as),
    complementizers: new Set(raw.complementizers),
    thisPronoun: phrases(raw.thisPronoun),
    pronouns: new Map(Object.entries(raw.pronouns) as [string, 'm' | 'f' | 'p' | 's'][]),
    particles: new Set(raw.particles),
    roleWords: new Set(raw.roleWords),
  }
}

const LEXICONS = { ru: compile('ru', ru), uk: compile('uk', uk) }

export function slavicLexicon(lang: 'ru' | 'uk'): SlavicLexicon {
  return LEXICONS[lang]
}
