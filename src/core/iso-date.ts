/** An ISO 8601 date or date-time as the record model takes it: 2025-05-16, 2025-05-16T09:15:00Z. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/

export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value)
}

const DAY_PREFIX = /^\d{4}-\d{2}-\d{2}/

/** The calendar day (YYYY-MM-DD) a document date starts with, or null: what first/last seen count in. */
export function dayOf(date: string | undefined): string | null {
  return date && DAY_PREFIX.test(date) ? date.slice(0, 10) : null
}
