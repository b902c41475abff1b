import type { Stance, StatementKind } from '../../core/records.js'

// FTS5 expressions, built only from words the query normaliser let through (letters, digits,
// marks) and from the opaque tokens below, each inside double quotes: user input can never be
// read as FTS5 syntax.
//
// The `keys` column of statements_fts holds opaque tokens that make filters part of the full-text
// query. They end in a digit, so the porter stemmer leaves them as they are. A new token kind needs
// no migration for new statements, but older statements gain it only when reindexed.

export const keyToken = {
  speaker: (entityN: number) => `s${entityN}`,
  /** A speaker with a name but no entity: a hash of the name key. */
  speakerName: (key: string) => `n${hash(key)}`,
  about: (entityN: number) => `a${entityN}`,
  outlet: (entityN: number) => `o${entityN}`,
  kind: (kind: StatementKind) => `k${KIND_DIGIT[kind]}`,
  stance: (stance: Stance) => `t${STANCE_DIGIT[stance]}`,
  event: (eventN: number) => `e${eventN}`,
  /** The statement date's year and month ("y2025", "m202503"): date ranges as a few tokens. */
  year: (yyyy: string) => `y${yyyy}`,
  month: (yyyymm: string) => `m${yyyymm}`,
  duplicate: 'd1',
} as const

const KIND_DIGIT: Record<StatementKind, number> = { direct: 1, indirect: 2, mixed: 3 }
const STANCE_DIGIT: Record<Stance, number> = { support: 1, oppose: 2, skeptical: 3, neutral: 4 }

/** Words must all match, in the statement's content or its speaker's name; a chunk's words as a phrase. */
export function textExpression(phrases: string[][]): string {
  return `{content speaker} : (${phrases.map((words) => `"${words.join(' ')}"`).join(' ')})`
}

/** Any of the tokens, in the keys column. */
export function keysExpression(tokens: readonly string[]): string {
  return `{keys} : (${tokens.map((t) => `"${t}"`).join(' OR ')})`
}

/** Every part must match; statements of near-duplicate documents are left out unless asked for. */
export function allOf(parts: readonly string[], excludeDuplicates: boolean): string {
  const all = parts.map((p) => `(${p})`).join(' AND ')
  return excludeDuplicates ? `(${all}) NOT {keys} : "${keyToken.duplicate}"` : all
}

/** Two 32-bit FNV-1a lanes as one decimal number: a name key's token, collision-free in practice. */
function hash(s: string): string {
  let h1 = 0x811c9dc5
  let h2 = 0x01000193 ^ 0x5bd1e995
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 0x01000193)
    h2 = Math.imul(h2 ^ (c >>> 8) ^ (c << 3), 0x01000193)
  }
  return `${h1 >>> 0}${(h2 >>> 0).toString().padStart(10, '0')}`
}
