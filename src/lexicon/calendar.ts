// Month and weekday names per language (lexicon/<lang>/calendar.json): the one list the stages
// that look for dates, time adjuncts and non-names read, instead of a copy in each.

import english from './en/calendar.json' with { type: 'json' }

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
