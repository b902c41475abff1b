// Checks for option values commander cannot check itself. They run before any input is read,
// so a typo fails fast with a message that names the option.

import { WirewatchError } from '../index.js'

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** "2025-05-16" → itself; "2025-02-30", "16/05/2025", "yesterday" → E_BAD_DATE. */
export function checkDate(value: string): string {
  const m = DAY.exec(value)
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [NaN, NaN, NaN]
  const date = new Date(Date.UTC(year, month - 1, day))
  // Date.UTC rolls 2025-02-30 over to March; a real calendar date survives the round trip.
  if (!m || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new WirewatchError('E_BAD_DATE', `--date must be a calendar date written YYYY-MM-DD (e.g. 2025-05-16), got "${value}"`)
  }
  return value
}

export function checkLang(value: string): string {
  if (!/^[a-z]{2}$/.test(value)) {
    throw new WirewatchError('E_USAGE', `--lang must be a two-letter ISO 639-1 code such as "en", got "${value}"`)
  }
  return value
}

export function checkLimit(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new WirewatchError('E_USAGE', `--limit must be a whole number of 1 or more, got "${value}"`)
  }
  return Number(value)
}
