// Date expressions in news text, resolved against the document date.
//
// chrono-node does the parsing, but it is far too slow to run over whole articles inside a
// ~1 ms/article budget, so a precompiled trigger regex finds the few places where a date can
// be, and chrono sees only a small window around each. News conventions are layered on top:
// a bare weekday is the most recent such day on or before the document date (news reports
// the past), and expressions that do not pin a day ("last week") are marked uncertain.

import { type SlavicCalendar, calendarOf, englishCalendar } from '../lexicon/calendar.js'
import { Chrono, en, ru, uk } from 'chrono-node'
import type { ParsedResult } from 'chrono-node'
import type { Span } from '../core/records.js'
import { span } from '../core/span.js'
import { type SlavicRules, rulesOf } from './slavic/rules.js'

export interface DateMention {
  /** Just the date expression: "Thursday 15 May", "16 May" (no leading preposition). */
  span: Span
  /** Resolved date, YYYY-MM-DD. */
  date: string
  /** False when the expression does not pin a day ("last week", "in May", 05/06/2025). */
  certain: boolean
}

type Configuration = ReturnType<typeof ru.createCasualConfiguration>

interface Locale {
  chrono: Chrono
  /** Global; finds the places worth showing to chrono. Group 1 = a month or weekday name. */
  trigger: RegExp
  /** Month and weekday names must be capitalised ("May", not the modal "may"). */
  capitalised: boolean
  /** A leading preposition chrono includes in its match ("on 16 May", "в четверг"). */
  preposition: RegExp
  /** A weekday expression starts with a full weekday name ("Friday", not the newspaper "Sun"). */
  weekday: RegExp
  /** Words that make a weekday relative to something other than the document date ("last Friday"). */
  weekdayModifier: RegExp
  /** Units that do not pin a day ("last week", "в прошлом году", "end of June"). */
  vague: RegExp
  /** Words that must precede a lone month name for it to count as a date ("in May"). */
  loneMonthContext?: RegExp
  /** Vague modifiers chrono leaves out but that belong to the expression ("earlier this month"). */
  modifier?: RegExp
  /** "Last" before a weekday that chrono leaves out of its match ("минулої п’ятниці"). */
  lastBefore?: RegExp
  /** Text before the expression that makes it a name, not a date ("USA Today"). */
  notAfter?: RegExp
}

// How far around a trigger chrono looks: enough for "Thursday, 15 May 2025" or "Sept. 11, 2001".
const PAD = 24

// No `u` flag and no \p{…} classes: on a 1.5 KB paragraph they make the scan ~10× slower
// (80 µs against 4–6 µs). Plain `i` still folds Cyrillic case.
const CYR = 'а-яёіїєґ'
const L = `(?<![${CYR}a-z0-9'’ʼ])` // start of a word (\b is ASCII-only, useless for Cyrillic)
const R = `(?![${CYR}])` // end of a Cyrillic word
const NUMERIC = String.raw`(?<!\d)(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2})(?!\d)`

const EN_NAMES =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?' +
  '|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?' +
  '|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?'
const EN_TRIGGER = new RegExp(
  String.raw`\b(?:(${EN_NAMES})|yesterday|today|tomorrow|tonight` +
    String.raw`|(?:last|next|this|past|coming|previous)\s+(?:week(?:end)?|month|year)` +
    String.raw`|(?:days?|weeks?|months?|years?)\s+ago)\b` +
    `|${NUMERIC}`,
  'gi',
)

/**
 * Russian and Ukrainian triggers, from the stems of src/lexicon/{ru,uk}/calendar.json, since both
 * inflect ("мая", "мае"; "пятницу", "п’ятниці"): a month or weekday stem (group 1; a final "$" in
 * the data is the end of a word), a relative day, "прошлой неделе", "три дня назад", or a number.
 */
function slavicTrigger(cal: SlavicCalendar, rules: SlavicRules): RegExp {
  const stem = (s: string) => (s.endsWith('$') ? s.slice(0, -1) + R : s)
  return new RegExp(
    `${L}(?:(${[...cal.monthStems, ...cal.weekdayStems].map(stem).join('|')})` +
      `|(?:${cal.relativeDays.join('|')})${R}` +
      String.raw`|(?:${cal.periodModifiers.join('|')})[${CYR}]*\s+(?:${cal.periods.join('|')})` +
      String.raw`|(?:${cal.agoUnits.join('|')})[${CYR}${rules.apostrophes}]*\s+${cal.ago}${R})` +
      `|${NUMERIC}`,
    'gi',
  )
}

/** A Russian or Ukrainian locale: the calendar's words (lexicon/<lang>/calendar.json), the language's rules (slavic/russian.ts, ukrainian.ts). */
function slavicLocale(lang: 'ru' | 'uk', config: Configuration): Locale {
  const rules = rulesOf(lang)
  return { chrono: dateOnly(config), trigger: slavicTrigger(calendarOf(lang), rules), capitalised: false, ...rules.dates }
}

/** chrono without its time-of-day parsers: spans stop at the date ("Sunday", not "Sunday
 * morning"), "at 5" is no longer a result, ranges like "15 to 16 May" parse, and it is faster. */
function dateOnly(config: Configuration): Chrono {
  const seen = new Set<string>()
  config.parsers = config.parsers.filter((p) => {
    const name = p.constructor.name
    if (/TimeExpressionParser|CasualTimeParser/.test(name) || seen.has(name)) return false
    seen.add(name)
    return true
  })
  // chrono's own "May"-after-"in" filter judges by the whole input, which here is a window
  // of arbitrary extent; the capitalisation and lone-month rules below replace it.
  config.refiners = config.refiners.filter((r) => r.constructor.name !== 'ENUnlikelyFormatFilter')
  return new Chrono(config)
}

const LOCALES: Record<string, Locale> = {
  en: {
    chrono: dateOnly(en.configuration.createCasualConfiguration()),
    trigger: EN_TRIGGER,
    capitalised: true,
    preposition: /^(?:on|in|at|by|since|from|until|till|of|during)\s+/i,
    weekday: /^(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i,
    weekdayModifier: /\b(?:last|next|this|coming|past|previous|following|after|before|week|weekend)\b/i,
    vague: /\b(?:(?:week|weekend|month|year)s?|end|beginning|start|middle)\b/i,
    // "Theresa May", "Jan Kowalski": a month name alone is a date only after one of these.
    loneMonthContext:
      /\b(?:in|since|until|till|by|from|of|during|through|throughout|early|late|mid|before|after)[\s-]+$/i,
    modifier: /\b(?:earlier|later)\s+$/i,
    notAfter: /\bUSA\s+$/i,
  },
  ru: slavicLocale('ru', ru.createCasualConfiguration()),
  uk: slavicLocale('uk', uk.createCasualConfiguration()),
}

const AMBIGUOUS_NUMERIC = /^(\d{1,2})[./-](\d{1,2})[./-]\d{2,4}$/
const WHITE = /\s/

/**
 * Date expressions in text[start, end), resolved against `reference` (the document date:
 * YYYY-MM-DD or an ISO date-time; anything else counts as none). Without a reference only
 * absolute dates that state their year are returned. `lang` is ISO 639-1: en (the default),
 * ru and uk; other languages give [].
 */
/**
 * Whether text[from, to) writes a year: without a reference date, only a date that states its
 * year can resolve, so callers skip parsing a stretch that writes none.
 */
export function writesYear(text: string, from: number, to: number): boolean {
  return YEAR.test(text.slice(from, to))
}

const YEAR = /(?<!\d)\d{4}(?!\d)/

export function findDateMentions(
  text: string,
  start: number,
  end: number,
  reference: string | undefined,
  lang = 'en',
): DateMention[] {
  if (start < 0 || end > text.length || start > end) {
    throw new RangeError(`range ${start}..${end} is outside a text of length ${text.length}`)
  }
  const locale = LOCALES[lang.slice(0, 2).toLowerCase()]
  if (!locale) return []

  const triggers = findTriggers(text, start, end, locale)
  if (triggers.length === 0) return []
  lang = lang.slice(0, 2).toLowerCase()

  const ref = reference === undefined ? undefined : parseIsoDate(reference)
  // chrono needs some reference; without one, relative results are dropped below anyway.
  const refDate = ref ? new Date(ref.y, ref.m - 1, ref.d, 12) : new Date()

  const out: DateMention[] = []
  // Most dates in news are a lone weekday or "yesterday": read those directly, and leave chrono
  // (tens of microseconds a call) the triggers that need it.
  const slow: [number, number][] = []
  for (const trigger of triggers) {
    const absolute = lang === 'en' ? fullDateAt(text, start, end, trigger) : undefined
    if (absolute) {
      out.push(absolute)
      continue
    }
    // Without a reference date a weekday, "yesterday" or a month without its year cannot be
    // resolved: no need to parse it (chrono's first calls cost tens of milliseconds each).
    if (!ref && lang === 'en' && (RELATIVE_ONLY.test(text.slice(trigger[0], trigger[1])) || monthWithoutYear(text, end, trigger))) continue
    const quick = lang === 'en' && ref ? quickMention(text, start, end, trigger, triggers, locale, ref) : undefined
    if (quick) out.push(quick)
    else slow.push(trigger)
  }
  for (const [ws, we] of windows(text, start, end, slow)) {
    // Same-length substitution, so offsets hold: chrono knows only the ASCII apostrophe.
    const window = text.slice(ws, we).replace(/[’ʼ]/g, "'")
    for (const result of locale.chrono.parse(window, refDate, { forwardDate: false })) {
      const rs = ws + result.index
      const re = rs + result.text.length
      if (!triggers.some(([ts, te]) => ts < re && rs < te)) continue // "now", "2024", …
      const mention = toMention(text, start, rs, re, result, locale, ref)
      // A full date read without the parser may sit in the same window: keep it once.
      if (mention && !out.some((m) => m.span.start < mention.span.end && mention.span.start < m.span.end)) out.push(mention)
    }
  }
  return out
}

/** True when two ISO dates or date-times fall on the same calendar day (as written). */
export function sameDay(a: string, b: string): boolean {
  return a.length >= 10 && a.slice(0, 10) === b.slice(0, 10)
}

interface Ymd {
  y: number
  m: number
  d: number
}

/** The leading YYYY-MM-DD of an ISO date or date-time; undefined when there is none. */
function parseIsoDate(iso: string): Ymd | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!m) return undefined
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }
}

function formatYmd(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** Trigger ranges in text[start, end), in order. */
function findTriggers(text: string, start: number, end: number, locale: Locale): [number, number][] {
  const re = locale.trigger
  const found: [number, number][] = []
  re.lastIndex = start
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    const te = m.index + m[0].length
    if (te > end) break
    if (locale.capitalised && m[1] !== undefined) {
      const first = m[1][0]!
      if (first === first.toLowerCase()) continue // "he may go", "protesters march"
    }
    found.push([m.index, te])
  }
  return found
}

/** Windows of about PAD characters around the triggers, cut at white space and merged. */
function windows(text: string, start: number, end: number, triggers: [number, number][]): [number, number][] {
  const out: [number, number][] = []
  for (const [ts, te] of triggers) {
    let ws = Math.max(start, ts - PAD)
    while (ws > start && ws < ts && !WHITE.test(text[ws - 1]!)) ws++
    let we = Math.min(end, te + PAD)
    while (we < end && we > te && !WHITE.test(text[we]!)) we--
    const last = out[out.length - 1]
    if (last && ws <= last[1]) last[1] = Math.max(last[1], we)
    else out.push([ws, we])
  }
  return out
}

function toMention(
  text: string,
  lo: number,
  rs: number,
  re: number,
  result: ParsedResult,
  locale: Locale,
  ref: Ymd | undefined,
): DateMention | undefined {
  // Trim to the date expression itself: "on 16 May" → "16 May", "On Friday," → "Friday".
  let s = rs
  let e = re
  const lead = locale.preposition.exec(text.slice(s, e))
  if (lead) s += lead[0].length
  while (e > s && /[\s,;:(]/.test(text[e - 1]!)) e--
  const trail = /\s+(?:of|on|in|at)$/i.exec(text.slice(s, e)) // "March of next year"
  if (trail) e -= trail[0].length
  if (e > s && text[e - 1] === '.' && /\d/.test(text[e - 2] ?? '')) e-- // "… 16 May 2025."
  if (e <= s) return undefined
  // chrono matched inside a token: "Seventy-four years ago" read as "four years ago".
  const before = text.slice(Math.max(0, rs - 4), rs)
  if (/[\p{L}\p{N}]-?$/u.test(before) && !/\bmid-$/i.test(before)) return undefined
  if (locale.notAfter?.test(text.slice(Math.max(0, s - 8), s))) return undefined
  const core = text.slice(s, e)
  const c = result.start

  const weekdayOnly = c.isCertain('weekday') && !c.isCertain('day') && !c.isCertain('month')
  if (weekdayOnly && !locale.weekdayModifier.test(core)) {
    // "Sun" (the newspaper), "sat", "Wed": abbreviations alone are not dates in prose.
    if (!locale.weekday.test(core) || !ref) return undefined
    const weekday = c.get('weekday') ?? 0
    const last = locale.lastBefore?.exec(text.slice(Math.max(lo, s - 16), s))
    if (last) {
      // "last Friday" said on a Friday is the week before, as chrono reads it in English.
      return { span: span(text, s - last[0].length, e), date: mostRecentWeekday(ref, weekday, 1), certain: true }
    }
    // chrono takes the nearest such day, possibly in the future; news means the last one.
    return { span: span(text, s, e), date: mostRecentWeekday(ref, weekday), certain: true }
  }

  const year = c.get('year')
  const month = c.get('month')
  const day = c.get('day')
  if (year === null || month === null || day === null) return undefined

  if (!ref) {
    // Only absolute dates survive: the year must be written out in the expression itself.
    if (!c.isCertain('year') || !c.isCertain('month')) return undefined
    if (!core.includes(String(year)) && !AMBIGUOUS_NUMERIC.test(core)) return undefined
  }

  if (c.isCertain('month') && !c.isCertain('day') && !c.isCertain('year') && locale.loneMonthContext) {
    if (!locale.loneMonthContext.test(text.slice(Math.max(0, s - 16), s))) return undefined
  }

  const vague = locale.vague.test(core)
  if (vague) {
    const modifier = locale.modifier?.exec(text.slice(Math.max(lo, s - 10), s))
    if (modifier) s -= modifier[0].length
  }
  let certain = (c.isCertain('day') || c.isCertain('weekday')) && !vague
  const numeric = AMBIGUOUS_NUMERIC.exec(core)
  if (numeric && Number(numeric[1]) <= 12 && Number(numeric[2]) <= 12 && numeric[1] !== numeric[2]) {
    certain = false // 05/06/2025: 5 June or May 6 depends on the writer's convention
  }
  return { span: span(text, s, e), date: formatYmd(year, month, day), certain }
}

const MONTHS = englishCalendar.months.map((m) => m.slice(0, 3))
// "September 11, 2001", "Sept. 11 2001" and "11 September 2001": the whole date at a month trigger.
const MONTH_DAY_YEAR = /^([A-Z][a-z]{2,8})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})(?![\d:])/
const DAY_MONTH_YEAR = /(?<![\d,.])(\d{1,2}) $/

/**
 * A full date written out with its year needs no parser: "September 11, 2001", "11 September 2001".
 * Anything less regular goes to chrono.
 */
function fullDateAt(text: string, start: number, end: number, [ts, te]: [number, number]): DateMention | undefined {
  const month = monthIndex(text.slice(ts, te))
  if (month < 0) return undefined
  const after = MONTH_DAY_YEAR.exec(text.slice(ts, Math.min(end, ts + 24)))
  if (after) {
    const day = Number(after[2])
    const mentionEnd = ts + after[0].length
    return validDay(Number(after[3]), month + 1, day) ? { span: span(text, ts, mentionEnd), date: formatYmd(Number(after[3]), month + 1, day), certain: true } : undefined
  }
  const year = /^ (\d{4})(?![\d:])/.exec(text.slice(te, Math.min(end, te + 6)))
  const before = DAY_MONTH_YEAR.exec(text.slice(Math.max(start, ts - 4), ts))
  if (year && before) {
    const day = Number(before[1])
    const from = ts - before[0].length
    return validDay(Number(year[1]), month + 1, day) ? { span: span(text, from, te + year[0].length), date: formatYmd(Number(year[1]), month + 1, day), certain: true } : undefined
  }
  // "in November 2016", "since Sept. 2014": a month, not a day. Read here because chrono, on
  // its first calls, can spend 30–160 ms backtracking over such windows.
  const monthYear = MONTH_YEAR.exec(text.slice(te, Math.min(end, te + 8)))
  if (monthYear && !/\d[\s.]*$/.test(text.slice(Math.max(start, ts - 4), ts))) {
    return { span: span(text, ts, te + monthYear[0].length), date: formatYmd(Number(monthYear[1]), month + 1, 1), certain: false }
  }
  return undefined
}

// After a month name: its year ("November 2016", "Sept. 2014", "April, 2012").
const MONTH_YEAR = /^\.?,? (\d{4})(?![\d:])/
// After a month name: a day, then a year ("June 5, 2016", "June 5 2016").
const MONTH_DAY_THEN_YEAR = /^\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}(?![\d:])/

/** A month name with no year after it, directly or after its day ("until June", "on June 5"). */
function monthWithoutYear(text: string, end: number, [ts, te]: [number, number]): boolean {
  if (monthIndex(text.slice(ts, te)) < 0) return false
  const after = text.slice(te, Math.min(end, te + 14))
  return !MONTH_YEAR.test(after) && !MONTH_DAY_THEN_YEAR.test(after)
}

function monthIndex(word: string): number {
  if (word.length < 3 || word[0] !== word[0]!.toUpperCase()) return -1
  const lower = word.toLowerCase()
  const i = MONTHS.indexOf(lower.slice(0, 3))
  if (i < 0) return -1
  // The whole word must be the month's name or its abbreviation ("Sept", "Mar", "March").
  const full = englishCalendar.months[i]!
  return full.startsWith(lower) ? i : -1
}

function validDay(y: number, m: number, d: number): boolean {
  if (d < 1 || m < 1 || m > 12) return false
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate()
}

const RELATIVE_ONLY = /^(?:(?:sun|mon|tues|wednes|thurs|fri|satur)day|yesterday|today|tonight|tomorrow|(?:last|next|this|past|coming|previous)\s+\w+|\w+\s+ago)$/i
const FULL_WEEKDAY = /^(sun|mon|tues|wednes|thurs|fri|satur)day$/i
const WEEKDAY_INDEX: Record<string, number> = { sun: 0, mon: 1, tues: 2, wednes: 3, thurs: 4, fri: 5, satur: 6 }
const RELATIVE_DAY: Record<string, number> = { yesterday: 1, today: 0, tonight: 0 }

/**
 * A trigger that needs no parser: a capitalised full weekday name, or "yesterday"/"today", with no
 * other trigger, number or modifier ("last", "next", "week") within a few words either side.
 */
function quickMention(
  text: string,
  start: number,
  end: number,
  [ts, te]: [number, number],
  triggers: [number, number][],
  locale: Locale,
  ref: Ymd,
): DateMention | undefined {
  const word = text.slice(ts, te)
  const weekday = FULL_WEEKDAY.exec(word)
  const relative = RELATIVE_DAY[word.toLowerCase()]
  if (!weekday && relative === undefined) return undefined
  const around = text.slice(Math.max(start, ts - PAD), Math.min(end, te + PAD))
  if (/\d/.test(around) || locale.weekdayModifier.test(around) || /\b(?:ago|before|after|since|until|by)\b/i.test(around)) return undefined
  if (triggers.some(([s, e]) => (s !== ts || e !== te) && s < te + PAD && e > ts - PAD)) return undefined
  if (weekday) {
    if (word[0] === word[0]!.toLowerCase()) return undefined
    return { span: span(text, ts, te), date: mostRecentWeekday(ref, WEEKDAY_INDEX[weekday[1]!.toLowerCase()]!), certain: true }
  }
  if (locale.notAfter?.test(text.slice(Math.max(0, ts - 8), ts))) return undefined // "USA Today"
  const d = new Date(Date.UTC(ref.y, ref.m - 1, ref.d) - (relative ?? 0) * 86_400_000)
  return { span: span(text, ts, te), date: formatYmd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()), certain: true }
}

/** The most recent `weekday` (0 = Sunday) on or before the reference day, less `skip` days. */
function mostRecentWeekday(ref: Ymd, weekday: number, skip = 0): string {
  const t = Date.UTC(ref.y, ref.m - 1, ref.d) - skip * 86_400_000
  const back = (new Date(t).getUTCDay() - weekday + 7) % 7
  const d = new Date(t - back * 86_400_000)
  return formatYmd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
}
