import type { SupportedLanguage } from '../text/language.js'
import { type CalendarLexicon, type SlavicCalendar, calendarOf, englishCalendar } from './calendar.js'
import { type CueLexicon, englishCueCandidates } from './cues.js'
import { type EventLexicon, englishEvents } from './events.js'
import { type GrammarLexicon, englishGrammar } from './grammar.js'
import { type NameLexicon, englishNames } from './names.js'
import { type PronounLexicon, englishPronouns } from './pronouns.js'
import { type ProvenanceLexicon, englishProvenance } from './provenance.js'
import { type SlavicEventLexicon, slavicEventLexicon } from './slavic-events.js'
import { type SlavicLexicon, slavicLexicon } from './slavic.js'

// A language's data, compiled once from lexicon/<lang>/ and handed to the pipeline's stages as
// ctx.bundle. Every language has the same data files (bundles.test.ts); how they are compiled
// follows the language's rules: English's into the lexicons of its stages, Russian's and
// Ukrainian's into the one their shared rules read (slavic.ts).

export interface EnglishBundle {
  readonly lang: 'en'
  readonly calendar: CalendarLexicon
  /** Cue words and phrases proposed to the cue classifier. */
  readonly cues: CueLexicon
  /** Titles, roles, organisation words and known names (the registry's outlets are added per document). */
  readonly names: NameLexicon
  readonly pronouns: PronounLexicon
  readonly grammar: GrammarLexicon
  readonly provenance: ProvenanceLexicon
  readonly events: EventLexicon
}

export interface SlavicBundle {
  readonly lang: 'ru' | 'uk'
  readonly calendar: SlavicCalendar
  /** Cues, roles, pronouns, name endings and provenance phrases, as the attribution rules read them. */
  readonly attribution: SlavicLexicon
  readonly events: SlavicEventLexicon
}

export type LanguageBundle = EnglishBundle | SlavicBundle

const english: EnglishBundle = {
  lang: 'en',
  calendar: englishCalendar,
  cues: englishCueCandidates,
  names: englishNames,
  pronouns: englishPronouns,
  grammar: englishGrammar,
  provenance: englishProvenance,
  events: englishEvents,
}

const slavic = (lang: 'ru' | 'uk'): SlavicBundle => ({ lang, calendar: calendarOf(lang), attribution: slavicLexicon(lang), events: slavicEventLexicon(lang) })
const BUNDLES: Record<SupportedLanguage, LanguageBundle> = { en: english, ru: slavic('ru'), uk: slavic('uk') }

export function bundleOf(lang: SupportedLanguage): LanguageBundle {
  return BUNDLES[lang]
}
