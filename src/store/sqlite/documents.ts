import { normaliseDocumentQuery } from '../query.js'
import type { DocumentQuery, DocumentSummary } from '../store.js'
import { type Params, dateConditions, oneOf } from './conditions.js'
import { entitiesNamed } from './entities.js'
import { searchPhrases } from '../search-form.js'
import { phrasesExpression } from './fts.js'
import type { Prepared } from './prepared.js'

// Listing documents: by words over title and text (documents_fts, best first), or newest first;
// bounded by date, publisher and language; near-duplicate copies left out unless asked for.

interface SummaryRow {
  id: string
  title: string | null
  date: string | null
  lang: string
  url: string | null
  outlet_id: string | null
  outlet_name: string | null
  origin: string
  near_duplicate_of: string | null
  statements: number
}

export function listDocuments(p: Prepared, query: DocumentQuery = {}): DocumentSummary[] {
  const q = normaliseDocumentQuery(query)
  if (q.limit === 0 || (q.phrases !== null && q.phrases.length === 0)) return []
  const where: string[] = []
  const params: Params = { limit: q.limit, offset: q.offset }
  if (!q.includeDuplicates) where.push('d.near_duplicate_of IS NULL')
  where.push(...dateConditions('d.date', q, params))
  if (q.outlet !== null) {
    const outlets = entitiesNamed(p, q.outlet, false)
    if (outlets.length === 0) return []
    where.push(`d.outlet IN (SELECT id FROM entities WHERE ${oneOf('n', 'outlets', outlets, params)})`)
  }
  if (q.lang !== null) {
    // Without words, documents_lang (lang, date) gives this language's documents newest first.
    where.push('d.lang = @lang')
    params.lang = q.lang
  }
  const columns = `d.id, d.title, d.date, d.lang, d.url, d.outlet AS outlet_id, o.name AS outlet_name, d.origin, d.near_duplicate_of,
    (SELECT count(*) FROM statements s WHERE s.document_n = d.n) AS statements`
  let sql: string
  if (q.phrases) {
    params.match = phrasesExpression(searchPhrases(q.phrases))
    sql = `SELECT ${columns} FROM documents_fts f CROSS JOIN documents d ON d.n = f.rowid LEFT JOIN entities o ON o.id = d.outlet
           WHERE documents_fts MATCH @match ${where.map((w) => `AND ${w}`).join(' ')}
           ORDER BY f.rank, d.n LIMIT @limit OFFSET @offset`
  } else {
    // Newest first, undated last: SQLite sorts NULL below every date, so DESC alone puts them last,
    // and the order is documents_date's read backwards (an "IS NULL" key would sort the whole table).
    sql = `SELECT ${columns} FROM documents d LEFT JOIN entities o ON o.id = d.outlet
           ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
           ORDER BY d.date DESC, d.n DESC LIMIT @limit OFFSET @offset`
  }
  return (p.get(sql).all(params) as SummaryRow[]).map((r) => ({
    id: r.id,
    ...(r.title !== null ? { title: r.title } : {}),
    ...(r.date !== null ? { date: r.date } : {}),
    lang: r.lang,
    ...(r.url !== null ? { url: r.url } : {}),
    ...(r.outlet_id !== null ? { outlet: r.outlet_name ?? r.outlet_id, outletId: r.outlet_id } : {}),
    statements: r.statements,
    origin: r.origin,
    ...(r.near_duplicate_of !== null ? { nearDuplicateOf: r.near_duplicate_of } : {}),
  }))
}
