// Checks for option values commander cannot check itself. They run before any input is read,
// so a typo fails fast with a message that names the option.

import { SUPPORTED_LANGUAGES, WirewatchError, isSupportedLanguage } from '../index.js'

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** "2025-05-16" → itself; "2025-02-30", "16/05/2025", "yesterday" → E_BAD_DATE, naming `option`. */
export function checkDate(value: string, option = '--date'): string {
  const m = DAY.exec(value)
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [NaN, NaN, NaN]
  const date = new Date(Date.UTC(year, month - 1, day))
  // Date.UTC rolls 2025-02-30 over to March; a real calendar date survives the round trip.
  if (!m || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new WirewatchError('E_BAD_DATE', `${option} must be a calendar date written YYYY-MM-DD (e.g. 2025-05-16), got "${value}"`)
  }
  return value
}

/** A language Wirewatch has rules for; anything else is a usage error, not a silent English reading. */
export function checkLang(value: string): string {
  if (!isSupportedLanguage(value)) {
    throw new WirewatchError('E_USAGE', `--lang must be one of ${SUPPORTED_LANGUAGES.join(', ')} (the languages Wirewatch has rules for), got "${value}"; leave it out to identify the language from the text`)
  }
  return value
}

/** "20" → 20; "0", "ten", "2.5" → E_USAGE; with `max`, more than `max` too. */
export function checkLimit(value: string, max?: number): number {
  return checkWhole(value, '--limit', 1, max)
}

/** A whole number written in digits, at least `min` (and at most `max`); else E_USAGE naming `option`. */
export function checkWhole(value: string, option: string, min: number, max?: number): number {
  const n = /^\d+$/.test(value) ? Number(value) : NaN
  if (!(n >= min) || (max !== undefined && n > max)) {
    const range = max === undefined ? `of ${min} or more` : `from ${min} to ${max}`
    throw new WirewatchError('E_USAGE', `${option} must be a whole number ${range}, got "${value}"`)
  }
  return n
}

/** Inclusive date bounds from --from and --to, checked, and in order. */
export function checkDateRange(from: string | undefined, to: string | undefined): { from?: string; to?: string } {
  const range = { ...(from !== undefined ? { from: checkDate(from, '--from') } : {}), ...(to !== undefined ? { to: checkDate(to, '--to') } : {}) }
  if (range.from !== undefined && range.to !== undefined && range.from > range.to) {
    throw new WirewatchError('E_USAGE', `--from ${range.from} is after --to ${range.to}`)
  }
  return range
}
