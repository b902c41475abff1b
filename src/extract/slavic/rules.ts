import { russian } from './russian.js'
import { ukrainian } from './ukrainian.js'

// The grammar rules of Russian and Ukrainian that differ between them, one module each
// (russian.ts, ukrainian.ts) with the same fields; their words are data, in
// src/lexicon/{ru,uk}/*.json. Rules both languages share stay with the stage that applies them
// (names.ts, people.ts, attribution.ts).

export interface SlavicRules {
  lang: 'ru' | 'uk'
  /**
   * A name's nominative from the form the text inflects it in (genitive, dative, instrumental):
   * [ending, what it becomes], most specific first; the first that matches applies (names.ts).
   */
  nominative: readonly (readonly [RegExp, string])[]
  /** How date expressions are read (src/extract/dates.ts, whose Locale explains each field). */
  dates: {
    /** A leading preposition chrono includes in its match ("в четверг"). */
    preposition: RegExp
    /** A weekday expression starts with a full weekday name. */
    weekday: RegExp
    /** Words that make a weekday relative to something other than the document date ("в прошлую пятницу"). */
    weekdayModifier: RegExp
    /** Units that do not pin a day ("на прошлой неделе", "в прошлом году"). */
    vague: RegExp
    /** "Last" before a weekday that chrono leaves out of its match ("минулої п’ятниці"). */
    lastBefore: RegExp
  }
  /** Characters other than letters a word may hold: Ukrainian writes an apostrophe ("п'ять", "сім'я"). */
  apostrophes: string
}

/** The rules of a language: Ukrainian's for "uk", else Russian's. */
export function rulesOf(lang: string): SlavicRules {
  return lang === 'uk' ? ukrainian : russian
}
