import { entityId } from '../../core/ids.js'
import type { Entity } from '../../core/records.js'
import { type OutletRegistry, outletEntity } from '../../lexicon/outlet-registry.js'

// A wire item's dateline: "МОСКВА, 16 мая. /ТАСС/." or "КИЇВ, 16 травня. /Укрінформ/." opening the
// text gives the document's date (the year from the document date when known, else the dateline's
// own), its place, and the agency that published it.

export interface Dateline {
  /** Character offset just after the dateline: the first sentence starts here. */
  end: number
  date?: string
  place?: Entity
  outlet?: Entity
}

const MONTHS: Record<string, number> = {
  января: 1, февраля: 2, марта: 3, апреля: 4, мая: 5, июня: 6, июля: 7, августа: 8, сентября: 9, октября: 10, ноября: 11, декабря: 12,
  січня: 1, лютого: 2, березня: 3, квітня: 4, травня: 5, червня: 6, липня: 7, серпня: 8, вересня: 9, жовтня: 10, листопада: 11, грудня: 12,
}

const DATELINE = /^[ \t]*(\p{Lu}[\p{Lu}\p{Pd} ]{1,40}?),[ \t]+(\d{1,2})[ \t]+(\p{L}+)(?:[ \t]+(\d{4})(?:[ \t]*(?:года|г\.|року|р\.))?)?\.?[ \t]*(?:[/(]([^/()\n]{2,40})[/)]\.?)?[ \t]*[—–-]?[ \t]*/mu

export function readDateline(text: string, documentDate: string | undefined, outlets: OutletRegistry): Dateline | undefined {
  // Only at the start of the text, or of its first paragraph after a headline.
  const head = text.slice(0, 2000)
  const m = DATELINE.exec(head)
  if (!m || m.index > 400) return undefined
  const month = MONTHS[m[3]!.toLowerCase()]
  if (!month) return undefined
  const day = Number(m[2])
  if (day < 1 || day > 31) return undefined
  const year = m[4] ? Number(m[4]) : documentDate ? Number(documentDate.slice(0, 4)) : undefined
  const date = year ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : undefined
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
  return { end: m.index + m[0].length, ...(date ? { date } : {}), place, ...(outlet ? { outlet } : {}) }
}

/** "НЬЮ-ЙОРК" → "Нью-Йорк". */
function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s\p{Pd}])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
}
