import type { Statement } from '../../core/records.js'
import { WORD } from '../query.js'
import { hasCyrillic, searchForm } from '../search-form.js'
import type { SearchHit } from '../store.js'
import { stemLikeFts5 } from './porter.js'

// Ordering a text search's matches when there are only a few pages of them (search.ts's FEW_MATCHES).
//
// FTS5's bm25() first counts, for every phrase of the query, the rows of the phrase's whole posting
// list, for its IDF: the filter tokens and the near-duplicate NOT included. On a million statements
// that is 1–2 ms a query, where finding the matches of a word and a filter (an outlet, a topic)
// takes a fraction of that. Reading a few dozen matches costs less, and ordering them needs no IDF:
// every match holds every phrase, so bm25 with the phrases weighed alike orders them as FTS5
// would, up to the weight of one phrase against another. Words are stemmed as FTS5 stems them.

const K1 = 1.2
const B = 0.75
/** As statements_fts's rank, bm25(1.0, 0.5, 0.0, 1.0, 0.5): the speaker's name counts half as much as the content. */
const SPEAKER_WEIGHT = 0.5

/** The hits, best first (ties in store order), each with its score; the phrases' words in their search forms (searchPhrases). */
export function orderFewMatches(hits: readonly SearchHit[], phrases: readonly (readonly string[])[]): SearchHit[] {
  const wanted = phrases.map((words) => words.map(stemLikeFts5))
  const rows = hits.map((hit, order) => {
    const content = tokens(hit.statement.content.map((c) => c.text).join(' '))
    const speaker = tokens(hit.statement.speaker.name ?? '')
    // Twice the words: the speaker-pair columns repeat the content and the name (fts.ts).
    return { hit, order, content, speaker, length: 2 * (content.length + speaker.length) + keyTokens(hit.statement) }
  })
  const averageLength = rows.reduce((sum, r) => sum + r.length, 0) / Math.max(1, rows.length) || 1
  const scored = rows.map((r) => {
    let score = 0
    for (const phrase of wanted) {
      // A match holds the phrase at least once, even where it is in the speaker's name alone.
      const tf = Math.max(1, occurrences(r.content, phrase) + SPEAKER_WEIGHT * occurrences(r.speaker, phrase))
      score += (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * r.length) / averageLength))
    }
    return { ...r, score }
  })
  scored.sort((a, b) => b.score - a.score || a.order - b.order)
  return scored.map((r) => ({ ...r.hit, score: r.score }))
}

/** The key tokens statement-index.ts writes for the statement: bm25 counts them in a row's length. */
function keyTokens(s: Statement): number {
  const dated = s.date && /^\d{4}-\d{2}/.test(s.date) ? 2 : 0
  // Kind and language are always there.
  return 2 + dated + (s.speaker.entity || s.speaker.name ? 1 : 0) + (s.stance ? 1 : 0) + (s.event ? 1 : 0) + new Set(s.about).size + new Set(s.via).size
}

function tokens(text: string): string[] {
  const words = text.match(WORD) ?? []
  return hasCyrillic(text) ? words.map((w) => stemLikeFts5(searchForm(w))) : words.map(stemLikeFts5)
}

function occurrences(words: readonly string[], phrase: readonly string[]): number {
  let found = 0
  for (let i = 0; i + phrase.length <= words.length; i++) {
    let k = 0
    while (k < phrase.length && words[i + k] === phrase[k]) k++
    if (k === phrase.length) found++
  }
  return found
}
