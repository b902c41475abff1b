// How every store compares names in search filters and entity lookups, so that SQLite and
// PostgreSQL agree: Unicode NFC, lower case, runs of white space as one space, trimmed.

/** "  Dmitry   PESKOV " → "dmitry peskov". */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim()
}

/**
 * The last word of a person's name key, for surname search ("dmitry peskov" → "peskov");
 * undefined for a single word, which already matches as itself.
 */
export function surnameKey(key: string): string | undefined {
  const at = key.lastIndexOf(' ')
  return at < 0 ? undefined : key.slice(at + 1)
}
