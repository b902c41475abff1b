import type { Statement } from '../core/records.js'

/** Where a statement starts in the text: its cue or its first content, whichever comes first. */
export function firstOffset(s: Statement): number {
  return Math.min(s.cue?.start ?? Infinity, ...s.content.map((c) => c.start))
}

/**
 * Statements in text order, numbered: ids are global ("<document id>:s<n>"), so that a store or an
 * API can use them as they are.
 */
export function numberStatements(docId: string, statements: Statement[]): void {
  statements.sort((x, y) => firstOffset(x) - firstOffset(y))
  statements.forEach((s, k) => (s.id = `${docId}:s${k + 1}`))
}
