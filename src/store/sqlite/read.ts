import type { Document, Statement } from '../../core/records.js'
import type { DocumentProvenance, SearchHit, StoredDocument } from '../store.js'
import type { Prepared } from './prepared.js'

// Reading records back exactly as they were put.

interface DocumentRow {
  n: number
  signature: string | null
  provenance_json: string
  document_json: string
  text: string
}

export function readDocument(p: Prepared, id: string): StoredDocument | undefined {
  const row = p.get('SELECT n, signature, provenance_json, document_json, text FROM documents WHERE id = ?').get(id) as DocumentRow | undefined
  if (!row) return undefined
  const document = JSON.parse(row.document_json) as Document
  // Assigning to keys the JSON already holds (as null) keeps the original key order.
  document.text = row.text
  document.statements = (p.pluck('SELECT t.json FROM statements s JOIN statement_texts t ON t.n = s.n WHERE s.document_n = ? ORDER BY s.ord').all(row.n) as string[]).map(
    (json) => JSON.parse(json) as Statement,
  )
  const provenance = JSON.parse(row.provenance_json) as DocumentProvenance
  if (row.signature !== null) provenance.signature = JSON.parse(row.signature) as number[]
  return { document, provenance }
}

interface HitRow {
  n: number
  json: string
  doc_id: string
  title: string | null
  date: string | null
  lang: string
  url: string | null
  outlet_name: string | null
  outlet_id: string | null
}

/** Search hits for statement rowids, in the order given, with their scores. */
export function readHits(p: Prepared, ranked: readonly { n: number; score: number }[]): SearchHit[] {
  if (ranked.length === 0) return []
  const rows = p
    .get(
      `SELECT s.n, t.json, d.id AS doc_id, d.title, d.date, d.lang, d.url, d.outlet AS outlet_id, o.name AS outlet_name
       FROM json_each(?) j
       JOIN statements s ON s.n = j.value
       JOIN statement_texts t ON t.n = s.n
       JOIN documents d ON d.n = s.document_n
       LEFT JOIN entities o ON o.n = s.outlet_n`,
    )
    .all(JSON.stringify(ranked.map((r) => r.n))) as HitRow[]
  const byN = new Map(rows.map((r) => [r.n, r]))
  return ranked.flatMap(({ n, score }) => {
    const r = byN.get(n)
    if (!r) return []
    const outlet = r.outlet_name ?? r.outlet_id
    return [
      {
        statement: JSON.parse(r.json) as Statement,
        document: {
          id: r.doc_id,
          ...(r.title !== null ? { title: r.title } : {}),
          ...(r.date !== null ? { date: r.date } : {}),
          lang: r.lang,
          ...(r.url !== null ? { url: r.url } : {}),
          ...(outlet !== null ? { outlet } : {}),
          ...(r.outlet_id !== null ? { outletId: r.outlet_id } : {}),
        },
        score,
      },
    ]
  })
}

export function readStatement(p: Prepared, id: string): SearchHit | undefined {
  const n = p.pluck('SELECT n FROM statements WHERE id = ?').get(id) as number | undefined
  return n === undefined ? undefined : readHits(p, [{ n, score: 0 }])[0]
}
