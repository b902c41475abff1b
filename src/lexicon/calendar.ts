// Month and weekday names per language (lexicon/<lang>/calendar.json): the one list the stages
// that look for dates, time adjuncts and non-names read, instead of a copy in each.

import english from './en/calendar.json' with { type: 'json' }
import russian from './ru/calendar.json' with { type: 'json' }
import ukrainian from './uk/calendar.json' with { type: 'json' }

export interface CalendarLexicon {
  /** Full month names, lower case, January first. */
  months: readonly string[]
  /** Full weekday names, lower case, Monday first. */
  weekdays: readonly string[]
  /** Every month and weekday name and abbreviation, lower case. */
  dateWords: ReadonlySet<string>
  /** "yesterday", "today", …: days named relative to the document's. */
  relativeDays: readonly string[]
  /** Names and abbreviations that are also common words ("may", "sun"): dates only when capitalised. */
  commonWords: ReadonlySet<string>
}

function calendar(data: { months: string[][]; weekdays: string[][]; relativeDays: string[]; commonWords: string[] }): CalendarLexicon {
  return {
    months: data.months.map((forms) => forms[0]!),
    weekdays: data.weekdays.map((forms) => forms[0]!),
    dateWords: new Set([...data.months.flat(), ...data.weekdays.flat()]),
    relativeDays: data.relativeDays,
    commonWords: new Set(data.commonWords),
  }
}

export const englishCalendar: CalendarLexicon = calendar(english)

/**
 * Russian and Ukrainian calendars: the names, and what finds dates in inflected text — each month's
 * and weekday's stem (a regular-expression fragment matched at a word's start, lower case; a final
 * "$" means the word ends there), the genitive a wire dateline writes ("16 мая"), and the words of
 * relative dates ("на прошлой неделе", "три дня назад").
 */
export interface SlavicCalendar extends CalendarLexicon {
  lang: 'ru' | 'uk'
  /** Month stems, January first: "январ", "ма[йяе]$". */
  monthStems: readonly string[]
  /** Weekday stems, Monday first: "понедельник", "сред[ауы]$". */
  weekdayStems: readonly string[]
  /** A month's genitive → its number, 1–12: "мая" → 5. */
  genitives: ReadonlyMap<string, number>
  /** Stems of "last", "next", "this" ("прошл", "минул") and of the periods they modify ("недел", "тиж"). */
  periodModifiers: readonly string[]
  periods: readonly string[]
  /** "<unit> ago": the units' stems and the word ("дн", "лет"; "назад"). */
  agoUnits: readonly string[]
  ago: string
  /** What may follow a year: "года", "г.". */
  yearWords: readonly string[]
}

interface RawSlavicCalendar {
  months: { name: string; genitive: string; stem: string }[]
  weekdays: { name: string; stem: string }[]
  relativeDays: string[]
  periodModifiers: string[]
  periods: string[]
  agoUnits: string[]
  ago: string
  yearWords: string[]
}

function slavicCalendar(lang: 'ru' | 'uk', data: RawSlavicCalendar): SlavicCalendar {
  return {
    lang,
    months: data.months.map((m) => m.name),
    weekdays: data.weekdays.map((d) => d.name),
    dateWords: new Set([...data.months.flatMap((m) => [m.name, m.genitive]), ...data.weekdays.map((d) => d.name)]),
    relativeDays: data.relativeDays,
    // Months and weekdays are written in lower case: capitals tell nothing here.
    commonWords: new Set(),
    monthStems: data.months.map((m) => m.stem),
    weekdayStems: data.weekdays.map((d) => d.stem),
    genitives: new Map(data.months.map((m, i) => [m.genitive, i + 1])),
    periodModifiers: data.periodModifiers,
    periods: data.periods,
    agoUnits: data.agoUnits,
    ago: data.ago,
    yearWords: data.yearWords,
  }
}

export const russianCalendar: SlavicCalendar = slavicCalendar('ru', russian)
export const ukrainianCalendar: SlavicCalendar = slavicCalendar('uk', ukrainian)

export function calendarOf(lang: 'ru' | 'uk'): SlavicCalendar {
  return lang === 'uk' ? ukrainianCalendar : russianCalendar
}
