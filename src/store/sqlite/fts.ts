import type { Stance, StatementKind } from '../../core/records.js'
import { WORD } from '../query.js'
import { hasCyrillic, searchForm } from '../search-form.js'
import { stemLikeFts5 } from './porter.js'
import type { Prepared } from './prepared.js'

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
  /** The document's language: "lru0" for ru; a code of another shape (none is made today) by its hash. */
  lang: (lang: string) => (LANG_CODE.test(lang) ? `l${lang}0` : `l${hash(lang)}`),
  /** The statement date's year and month ("y2025", "m202503"): date ranges as a few tokens. */
  year: (yyyy: string) => `y${yyyy}`,
  month: (yyyymm: string) => `m${yyyymm}`,
  duplicate: 'd1',
} as const

const LANG_CODE = /^[a-z]{2,3}$/
const KIND_DIGIT: Record<StatementKind, number> = { direct: 1, indirect: 2, mixed: 3 }
const STANCE_DIGIT: Record<Stance, number> = { support: 1, oppose: 2, skeptical: 3, neutral: 4 }

/**
 * Every phrase must match, each a chunk's words in order, quoted: no word can be read as FTS5 syntax.
 * The words are in their search forms (search-form.ts's searchPhrases), as the index holds them.
 */
export function phrasesExpression(phrases: readonly (readonly string[])[]): string {
  return phrases.map((words) => `"${words.join(' ')}"`).join(' ')
}

/** Words must all match, in the statement's content or its speaker's name; a chunk's words as a phrase. */
export function textExpression(phrases: string[][]): string {
  return `{content speaker} : (${phrasesExpression(phrases)})`
}

// Speaker pairs. The `content_pairs` and `speaker_pairs` columns repeat the content and the
// speaker's name with every word in its search form (search-form.ts), stemmed as FTS5 stems it,
// and joined to the speaker's key token ("talks" by s805 → "talkxs805"). A text search by one speaker then matches those tokens alone:
// FTS5 reads posting lists as long as that speaker's uses of the word, instead of intersecting the
// word's list (100,000 statements for a common word in a million) with the speaker's, and bm25
// counts only those rows for its IDF. A pair ends in a digit, which FTS5's stemmer leaves alone, so
// it matches exactly the words the stem alone would match (porter.ts); key tokens are a letter and
// digits, so a pair splits back one way only. Statements of near-duplicate documents join with
// "q" instead of "x": leaving them out is then part of the lookup, not a NOT whose IDF count
// (every near-duplicate statement) would cost bm25 more than the search itself.

/**
 * The pair prefix of statements without a speaker: never searched for, but written so that every
 * row holds its words twice and bm25's length normalisation treats rows with and without a speaker alike.
 */
export const NO_SPEAKER = 'u0'

/** What follows a pair's stem: "x" and the speaker's key token, or "q" for a near-duplicate's statement. */
function pairTail(speakerToken: string, duplicate: boolean): string {
  return `${duplicate ? 'q' : 'x'}${speakerToken}`
}

function pairToken(word: string, speakerToken: string, duplicate: boolean): string {
  return stemLikeFts5(word) + pairTail(speakerToken, duplicate)
}

/** The text as pairs of its words with the speaker's key token; other characters become spaces. */
export function pairedWords(text: string, speakerToken: string, duplicate: boolean): string {
  const words = text.match(WORD)
  if (!words) return ''
  const tail = pairTail(speakerToken, duplicate)
  // Only Cyrillic words have search forms of their own: English text skips the look-ups.
  if (hasCyrillic(text)) for (let i = 0; i < words.length; i++) words[i] = stemLikeFts5(searchForm(words[i]!)) + tail
  else for (let i = 0; i < words.length; i++) words[i] = stemLikeFts5(words[i]!) + tail
  return words.join(' ')
}

/**
 * Every phrase (its words in their search forms: search-form.ts's searchPhrases) must match in the
 * pair columns under one of the speakers' tokens: the text and the speaker filter as one condition
 * (a statement has one speaker), near-duplicates left out unless asked for.
 */
export function pairedTextExpression(phrases: string[][], speakerTokens: readonly string[], includeDuplicates: boolean): string {
  const forms = includeDuplicates ? [false, true] : [false]
  const alternatives = speakerTokens.flatMap((token) =>
    forms.map((duplicate) => `(${phrases.map((words) => `"${words.map((w) => pairToken(w, token, duplicate)).join(' ')}"`).join(' AND ')})`),
  )
  return `{content_pairs speaker_pairs} : (${alternatives.join(' OR ')})`
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

/** How many statements every part matches, near-duplicates left out when asked: a count of posting lists, no rows read. */
export function countMatches(p: Prepared, parts: readonly string[], excludeDuplicates: boolean): number {
  return p.pluck('SELECT count(*) FROM statements_fts WHERE statements_fts MATCH ?').get(allOf(parts, excludeDuplicates)) as number
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
