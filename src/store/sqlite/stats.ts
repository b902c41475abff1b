import type { EntityType } from '../../core/records.js'
import { BAND_CANDIDATES, type StoreStats } from '../store.js'
import type { Prepared } from './prepared.js'

export function readStats(p: Prepared): StoreStats {
  const count = (sql: string) => p.pluck(sql).get() as number
  const entities: Record<EntityType, number> = { person: 0, organization: 0, place: 0, outlet: 0 }
  for (const row of p.get('SELECT type, count(*) AS c FROM entities GROUP BY type').all() as { type: EntityType; c: number }[]) entities[row.type] = row.c
  // min/max on an indexed column read one end of the index each.
  const firstDate = p.pluck('SELECT min(date) FROM documents').get() as string | null
  const lastDate = p.pluck('SELECT max(date) FROM documents').get() as string | null
  return {
    documents: count('SELECT count(*) FROM documents'),
    nearDuplicates: count('SELECT count(*) FROM documents WHERE near_duplicate_of IS NOT NULL'),
    statements: count('SELECT count(*) FROM statements'),
    entities,
    outlets: entities.outlet,
    ...(firstDate !== null ? { firstDate: firstDate.slice(0, 10) } : {}),
    ...(lastDate !== null ? { lastDate: lastDate.slice(0, 10) } : {}),
  }
}

/**
 * Documents with at least one of these MinHash band keys, and their signatures: per band, the
 * earliest and the latest stored, BAND_CANDIDATES in all at most (each a walk of the band's index).
 */
export function readDocumentsSharingBands(p: Prepared, bands: readonly string[]): { id: string; signature: number[] }[] {
  if (bands.length === 0) return []
  const half = BAND_CANDIDATES / 2
  const earliest = p.get('SELECT document_n AS n FROM minhash_bands WHERE band = ? ORDER BY document_n LIMIT ?')
  const latest = p.get('SELECT document_n AS n FROM minhash_bands WHERE band = ? ORDER BY document_n DESC LIMIT ?')
  const documents = new Set<number>()
  for (const band of bands) {
    for (const row of earliest.all(band, half) as { n: number }[]) documents.add(row.n)
    for (const row of latest.all(band, half) as { n: number }[]) documents.add(row.n)
  }
  if (documents.size === 0) return []
  const rows = p
    .get(
      `SELECT d.id, d.signature FROM documents d
       WHERE d.n IN (SELECT value FROM json_each(?)) AND d.signature IS NOT NULL
       ORDER BY d.n`,
    )
    .all(JSON.stringify([...documents])) as { id: string; signature: string }[]
  return rows.map((r) => ({ id: r.id, signature: JSON.parse(r.signature) as number[] }))
}
