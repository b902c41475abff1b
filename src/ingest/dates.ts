// Publication dates as inputs write them → ISO 8601. A date-time keeps the offset it was written
// with: converting "2025-05-16T01:00+03:00" to UTC would move it to the 15th, and the document's
// calendar day is the reference for its relative dates ("on Friday").
// Only plausible publication dates are kept: CMS placeholders ("0001-01-01") and typos
// ("20266-03-13", "2206-03-13") say nothing about when a text appeared.

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i
// RFC 822/2822 as RSS writes it: "Fri, 16 May 2025 10:00:00 +0300" (weekday optional, seconds optional).
const RFC822 = /^(?:[A-Za-z]{2,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([A-Za-z]{1,5}|[+-]\d{4})?$/
// Dates without a time as pages print them: "May 16, 2025", "16 May 2025".
const MONTH_DAY_YEAR = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/
const DAY_MONTH_YEAR = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

// RFC 822 zone names, and a few more that European and Russian feeds write.
const ZONES: Record<string, string> = {
  z: 'Z', ut: 'Z', utc: 'Z', gmt: 'Z',
  est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00',
  bst: '+01:00', cet: '+01:00', cest: '+02:00', eet: '+02:00', eest: '+03:00', msk: '+03:00',
}

/** "2025-05-16", "2025-05-16T10:00:00+03:00", "Fri, 16 May 2025 10:00:00 +0300", "May 16, 2025" → ISO; anything else → undefined. */
export function normalizeDate(value: string): string | undefined {
  const s = value.trim()
  let m = ISO.exec(s)
  if (m) {
    const [, y, mo, d, h, mi, sec, zone] = m
    if (h === undefined) return zone === undefined ? isoDay(+y!, +mo!, +d!) : undefined
    return isoDateTime(+y!, +mo!, +d!, +h, +mi!, +(sec ?? 0), zone === undefined ? '' : offsetOf(zone))
  }
  m = RFC822.exec(s)
  if (m) {
    const [, d, mon, y, h, mi, sec, zone] = m
    const zoneText = zone === undefined ? '' : /^[+-]/.test(zone) ? offsetOf(zone) : ZONES[zone.toLowerCase()] ?? ''
    return isoDateTime(fullYear(y!), monthOf(mon!), +d!, +h!, +mi!, +(sec ?? 0), zoneText)
  }
  m = MONTH_DAY_YEAR.exec(s)
  if (m) return isoDay(+m[3]!, monthOf(m[1]!), +m[2]!)
  m = DAY_MONTH_YEAR.exec(s)
  if (m) return isoDay(+m[3]!, monthOf(m[2]!), +m[1]!)
  return undefined
}

/** Seconds since the epoch (Telegram's date_unixtime) → "2025-05-16T07:30:00Z"; undefined when not a plausible date. */
export function fromUnixSeconds(seconds: number): string | undefined {
  if (!Number.isFinite(seconds)) return undefined
  const date = new Date(seconds * 1000)
  if (Number.isNaN(date.getTime()) || !plausibleYear(date.getUTCFullYear())) return undefined
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** The first year accepted: older archives exist, but a news text dated earlier is a placeholder or a typo. */
export const FIRST_PLAUSIBLE_YEAR = 1900

/** From 1900 to next year (a feed in a zone ahead of ours may be dated tomorrow, and New Year's Eve has a tomorrow too). */
export function plausibleYear(year: number): boolean {
  return year >= FIRST_PLAUSIBLE_YEAR && year <= new Date().getUTCFullYear() + 1
}

function isoDay(y: number, mo: number, d: number): string | undefined {
  if (!validDay(y, mo, d) || !plausibleYear(y)) return undefined
  return `${pad(y, 4)}-${pad(mo)}-${pad(d)}`
}

function isoDateTime(y: number, mo: number, d: number, h: number, mi: number, sec: number, zone: string | undefined): string | undefined {
  const day = isoDay(y, mo, d)
  if (day === undefined || zone === undefined || h > 23 || mi > 59 || sec > 60) return undefined
  return `${day}T${pad(h)}:${pad(mi)}:${pad(Math.min(sec, 59))}${zone}`
}

/** "Z", "+03", "+0300", "+03:00" → "Z" / "+03:00"; an impossible offset → undefined. */
function offsetOf(zone: string): string | undefined {
  if (/^z$/i.test(zone)) return 'Z'
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)
  if (!m) return undefined
  const hours = +m[2]!
  const minutes = +(m[3] ?? 0)
  if (hours > 14 || minutes > 59) return undefined
  return `${m[1]}${pad(hours)}:${pad(minutes)}`
}

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1 // 0 (invalid) when unknown
}

function fullYear(y: string): number {
  const n = +y
  return y.length === 4 ? n : n < 50 ? 2000 + n : 1900 + n
}

function validDay(y: number, mo: number, d: number): boolean {
  if (mo < 1 || mo > 12 || d < 1) return false
  const date = new Date(Date.UTC(y, mo - 1, d))
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0')
}
