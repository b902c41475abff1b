import type Database from 'better-sqlite3'
import type { Statement } from '../../core/records.js'
import { nameKey, surnameKey } from '../names.js'
import { Prepared } from './prepared.js'
import { reindexStatements } from './statement-index.js'

/**
 * Recomputes every stored name key with the current `nameKey` (aliases, surnames, the names of
 * speakers without an entity) and rewrites the index rows that carry them. For migrations that
 * change how names compare (`reindex: false` when the caller rebuilds the index itself); cost grows with the store (about a second per 100,000 statements).
 */
export function rekeyNames(db: Database.Database, { reindex = true }: { reindex?: boolean } = {}): void {
  const p = new Prepared(db)
  const aliases = p.get(
    `SELECT a.rowid AS rowid, a.alias, e.type FROM entity_aliases a JOIN entities e ON e.n = a.entity_n`,
  ).all() as { rowid: number; alias: string; type: string }[]
  const setAlias = p.get('UPDATE entity_aliases SET alias_lower = ?, alias_last = ? WHERE rowid = ?')
  for (const a of aliases) {
    const key = nameKey(a.alias)
    setAlias.run(key, a.type === 'person' ? (surnameKey(key) ?? null) : null, a.rowid)
  }
  const named = p.get(
    'SELECT s.n, t.json FROM statements s JOIN statement_texts t ON t.n = s.n WHERE s.speaker_key IS NOT NULL',
  ).all() as { n: number; json: string }[]
  const setSpeakerKey = p.get('UPDATE statements SET speaker_key = ? WHERE n = ?')
  for (const s of named) {
    const name = (JSON.parse(s.json) as Statement).speaker.name
    setSpeakerKey.run(name ? nameKey(name) : null, s.n)
  }
  if (reindex) reindexStatements(p, named.map((s) => s.n))
}
