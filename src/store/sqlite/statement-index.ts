import type { Stance, Statement, StatementKind } from '../../core/records.js'
import { searchText } from '../search-form.js'
import type { Prepared } from './prepared.js'
import { dateTokens } from './date-keys.js'
import { keyToken, NO_SPEAKER, pairedWords } from './fts.js'

// A statement's row in statements_fts: its content and speaker name as text (Cyrillic words in their
// search forms: search-form.ts), the key tokens its filters match (speaker, outlets, about, event,
// kind, stance, dates, near-duplicate, the document's language), and the
// content and name again as speaker pairs (fts.ts) for text searches by speaker. Written
// when the statement is put, and again whenever what the keys stand for changes (entities merged
// or split, names re-keyed by a migration).

/** What the keys are made of, as stored in the statement's row and link tables. */
export interface IndexedFacts {
  kind: StatementKind
  speakerN: number | null
  speakerKey: string | null
  date: string | null
  stance: Stance | null
  duplicate: boolean
  eventN: number | null
  about: readonly number[]
  /** The publisher and every outlet the statement came through. */
  outlets: readonly number[]
  /** The language of the statement's document (Document.lang). */
  lang: string
}

export function writeStatementIndex(p: Prepared, n: number, s: Statement, facts: IndexedFacts): void {
  const keys: string[] = [keyToken.kind(facts.kind), keyToken.lang(facts.lang), ...dateTokens(facts.date ?? undefined)]
  const speaker = facts.speakerN !== null ? keyToken.speaker(facts.speakerN) : facts.speakerKey ? keyToken.speakerName(facts.speakerKey) : null
  if (speaker !== null) keys.push(speaker)
  if (facts.duplicate) keys.push(keyToken.duplicate)
  if (facts.stance) keys.push(keyToken.stance(facts.stance))
  if (facts.eventN !== null) keys.push(keyToken.event(facts.eventN))
  for (const e of new Set(facts.about)) keys.push(keyToken.about(e))
  for (const e of new Set(facts.outlets)) keys.push(keyToken.outlet(e))
  const content = s.content.map((c) => c.text).join(' … ')
  const name = s.speaker.name ?? ''
  p.get('INSERT INTO statements_fts (rowid, content, speaker, keys, content_pairs, speaker_pairs) VALUES (?, ?, ?, ?, ?, ?)').run(
    n,
    searchText(content),
    searchText(name),
    keys.join(' '),
    s.content.map((c) => pairedWords(c.text, speaker ?? NO_SPEAKER, facts.duplicate)).join(' … '),
    pairedWords(name, speaker ?? NO_SPEAKER, facts.duplicate),
  )
}

interface StatementRow {
  n: number
  kind: StatementKind
  speaker_n: number | null
  speaker_key: string | null
  date: string | null
  stance: Stance | null
  duplicate: number
  event_n: number | null
  outlet_n: number | null
  lang: string
  json: string
}

/** Rewrites the index rows of these statements from what the store holds now. */
export function reindexStatements(p: Prepared, ns: Iterable<number>): number {
  const row = p.get(
    `SELECT s.n, s.kind, s.speaker_n, s.speaker_key, s.date, s.stance, s.duplicate, s.event_n, s.outlet_n, d.lang, t.json
     FROM statements s JOIN statement_texts t ON t.n = s.n JOIN documents d ON d.n = s.document_n WHERE s.n = ?`,
  )
  const about = p.pluck('SELECT entity_n FROM statement_about WHERE statement_n = ?')
  const via = p.pluck('SELECT entity_n FROM statement_via WHERE statement_n = ?')
  const remove = p.get('DELETE FROM statements_fts WHERE rowid = ?')
  let count = 0
  for (const n of ns) {
    const r = row.get(n) as StatementRow | undefined
    if (!r) continue
    remove.run(n)
    const outlets = via.all(n) as number[]
    if (r.outlet_n !== null) outlets.unshift(r.outlet_n)
    writeStatementIndex(p, n, JSON.parse(r.json) as Statement, {
      kind: r.kind,
      speakerN: r.speaker_n,
      speakerKey: r.speaker_key,
      date: r.date,
      stance: r.stance,
      duplicate: r.duplicate === 1,
      eventN: r.event_n,
      about: about.all(n) as number[],
      outlets,
      lang: r.lang,
    })
    count++
  }
  return count
}
