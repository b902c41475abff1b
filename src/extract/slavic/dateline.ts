import { entityId } from '../../core/ids.js'
import type { Entity } from '../../core/records.js'
import { russianCalendar, ukrainianCalendar } from '../../lexicon/calendar.js'
import { type OutletRegistry, outletEntity } from '../../lexicon/outlet-registry.js'

// A wire item's dateline: "МОСКВА, 16 мая. /ТАСС/." or "КИЇВ, 16 травня. /Укрінформ/." opening the
// text gives the document's date (the year from the document date when known, else the dateline's
// own), its place, and the agency that published it.

export interface Dateline {
  /** Character offset just after the dateline: the first sentence starts here. */
  end: number
  date?: string
  /** The dateline states no year and the document has no date: the year is the one it was received in. */
  yearAssumed?: true
  place?: Entity
  outlet?: Entity
}

// The dateline takes Russian and Ukrainian months and year words alike, whichever the text's
// language (src/lexicon/{ru,uk}/calendar.json): a month's genitive ("мая", "травня") → its number.
const MONTHS = new Map([...russianCalendar.genitives, ...ukrainianCalendar.genitives])
// "года", "г.", "року", "р." after the year.
const YEAR_WORDS = [...russianCalendar.yearWords, ...ukrainianCalendar.yearWords].map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|')

const DATELINE = new RegExp(
  String.raw`^[ \t]*(\p{Lu}[\p{Lu}\p{Pd} ]{1,40}?),[ \t]+(\d{1,2})[ \t]+(\p{L}+)(?:[ \t]+(\d{4})(?:[ \t]*(?:${YEAR_WORDS}))?)?\.?[ \t]*(?:[/(]([^/()\n]{2,40})[/)]\.?)?[ \t]*[—–-]?[ \t]*`,
  'mu',
)

/**
 * `received`: the day the text was received (YYYY-MM-DD); a dateline with no year, in a document
 * with no date, is then read as the latest such day not after it (a wire is read when it is new).
 */
export function readDateline(text: string, documentDate: string | undefined, outlets: OutletRegistry, received?: string): Dateline | undefined {
  // Only at the start of the text, or of its first paragraph after a headline.
  const head = text.slice(0, 2000)
  const m = DATELINE.exec(head)
  if (!m || m.index > 400) return undefined
  const month = MONTHS.get(m[3]!.toLowerCase())
  if (!month) return undefined
  const day = Number(m[2])
  if (day < 1 || day > 31) return undefined
  const monthDay = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  const assumed = !m[4] && !documentDate && received !== undefined
  const year = m[4] ? Number(m[4]) : documentDate ? Number(documentDate.slice(0, 4)) : received ? Number(received.slice(0, 4)) - (monthDay > received.slice(5, 10) ? 1 : 0) : undefined
  const date = year ? `${year}-${monthDay}` : undefined
  const placeName = titleCase(m[1]!.trim())
  const placeStart = m.index + m[0].indexOf(m[1]!)
  const place: Entity = {
    id: entityId('place', placeName),
    type: 'place',
    name: placeName,
    aliases: [placeName],
    roles: [],
    mentions: [{ start: placeStart, end: placeStart + m[1]!.trim().length, text: text.slice(placeStart, placeStart + m[1]!.trim().length) }],
  }
  let outlet: Entity | undefined
  if (m[5]) {
    const written = m[5].trim()
    const start = m.index + m[0].indexOf(m[5])
    outlet = outletEntity(outlets.byName.get(written.toLowerCase()), written, [{ start, end: start + m[5].length, text: m[5] }])
  }
  return { end: m.index + m[0].length, ...(date ? { date } : {}), ...(assumed ? { yearAssumed: true } : {}), place, ...(outlet ? { outlet } : {}) }
}

/** "НЬЮ-ЙОРК" → "Нью-Йорк". */
function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s\p{Pd}])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
}
