import type { Document, Statement } from '../../core/records.js'
import { lshBands } from '../../core/minhash.js'
import { nameKey } from '../names.js'
import type { DocumentProvenance, PutOutcome } from '../store.js'
import type { Prepared } from './connection.js'
import type { EntityWriter } from './entities.js'
import { dateTokens } from './date-keys.js'
import { keyToken } from './fts.js'

// Writing one document: the caller holds the transaction, so a failure anywhere here leaves
// nothing behind, and calls the entity writer's `finish` before it commits.

const DAY = /^\d{4}-\d{2}-\d{2}/

/** Writes a document not stored yet; 'unchanged' without writing anything when its id is stored. */
export function putDocumentRows(p: Prepared, entities: EntityWriter, doc: Document, provenance: DocumentProvenance): PutOutcome {
  checkShape(doc, provenance)
  if (p.get('SELECT 1 FROM documents WHERE id = ?').get(doc.id)) return 'unchanged'
  const day = doc.date && DAY.test(doc.date) ? doc.date.slice(0, 10) : null
  const duplicate = provenance.nearDuplicateOf ? 1 : 0

  const documentN = Number(
    p
      .get(
        `INSERT INTO documents (id, title, date, lang, url, outlet, origin, reader, ingested_at, near_duplicate_of, signature, provenance_json, document_json, text)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        doc.id,
        doc.title ?? null,
        doc.date ?? null,
        doc.lang,
        doc.url ?? null,
        doc.outlet ?? null,
        provenance.origin,
        provenance.reader,
        provenance.ingestedAt,
        provenance.nearDuplicateOf ?? null,
        provenance.signature ? JSON.stringify(provenance.signature) : null,
        // Text, statements and signature are kept once, in their own columns and rows; the nulls
        // hold their places so that the JSON reads back with its keys in the original order.
        JSON.stringify(provenance.signature ? { ...provenance, signature: null } : provenance),
        JSON.stringify({ ...doc, text: null, statements: null }),
        doc.text,
      ).lastInsertRowid,
  )

  entities.beginDocument(day)
  for (const e of doc.entities) entities.merge(e)
  const outletN = doc.outlet ? entities.reference(doc.outlet) : null

  doc.sources.forEach((s, ord) => {
    p.get('INSERT INTO document_sources (document_n, ord, outlet_n, descriptor, medium, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      documentN,
      ord,
      entities.reference(s.outlet),
      s.descriptor ?? null,
      s.medium ?? null,
      s.span.start,
      s.span.end,
    )
  })

  doc.statements.forEach((s, ord) => putStatement(p, entities, s, { documentN, ord, outletN, duplicate }))

  if (provenance.signature?.length) {
    const band = p.get('INSERT OR IGNORE INTO minhash_bands (band, document_n) VALUES (?, ?)')
    for (const b of lshBands(provenance.signature)) band.run(b, documentN)
  }
  return 'new'
}

interface StatementPlace {
  documentN: number
  ord: number
  outletN: number | null
  duplicate: 0 | 1
}

function putStatement(p: Prepared, entities: EntityWriter, s: Statement, at: StatementPlace): void {
  const speakerN = s.speaker.entity ? entities.reference(s.speaker.entity) : null
  const speakerKey = speakerN === null && s.speaker.name ? nameKey(s.speaker.name) : null
  const n = Number(
    p
      .get(
        `INSERT INTO statements (id, document_n, ord, kind, speaker_n, speaker_key, date, stance, confidence, outlet_n, duplicate)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(s.id, at.documentN, at.ord, s.kind, speakerN, speakerKey, s.date ?? null, s.stance ?? null, s.confidence, at.outletN, at.duplicate).lastInsertRowid,
  )
  const content = s.content.map((c) => c.text).join(' … ')
  p.get('INSERT INTO statement_texts (n, json) VALUES (?, ?)').run(n, JSON.stringify(s))

  const keys: string[] = [keyToken.kind(s.kind), ...dateTokens(s.date)]
  if (speakerN !== null) keys.push(keyToken.speaker(speakerN))
  else if (speakerKey) keys.push(keyToken.speakerName(speakerKey))
  if (at.duplicate) keys.push(keyToken.duplicate)
  const about = p.get('INSERT OR IGNORE INTO statement_about (statement_n, entity_n) VALUES (?, ?)')
  for (const id of new Set(s.about)) {
    const e = entities.reference(id)
    about.run(n, e)
    keys.push(keyToken.about(e))
  }
  const via = p.get('INSERT OR IGNORE INTO statement_via (statement_n, entity_n) VALUES (?, ?)')
  const outlets = new Set<number>(at.outletN === null ? [] : [at.outletN])
  for (const id of new Set(s.via)) {
    const e = entities.reference(id)
    via.run(n, e)
    outlets.add(e)
  }
  // The outlet filter takes the publisher and every outlet the statement came through alike.
  for (const e of outlets) keys.push(keyToken.outlet(e))
  p.get('INSERT INTO statements_fts (rowid, content, speaker, keys) VALUES (?, ?, ?, ?)').run(n, content, s.speaker.name ?? '', keys.join(' '))
}

/** Misuse, refused before anything is written: the record model's required fields. */
function checkShape(doc: Document, provenance: DocumentProvenance): void {
  if (doc === null || typeof doc !== 'object') throw new TypeError('putDocument: document must be an object')
  if (typeof doc.id !== 'string' || doc.id === '') throw new TypeError('putDocument: document.id must be a non-empty string')
  if (typeof doc.text !== 'string') throw new TypeError(`putDocument: document ${doc.id} has no text`)
  for (const field of ['statements', 'entities', 'sources'] as const) {
    if (!Array.isArray(doc[field])) throw new TypeError(`putDocument: document ${doc.id} has no ${field} array`)
  }
  if (provenance === null || typeof provenance !== 'object' || typeof provenance.origin !== 'string' || typeof provenance.reader !== 'string' || typeof provenance.ingestedAt !== 'string') {
    throw new TypeError(`putDocument: provenance of ${doc.id} needs origin, reader and ingestedAt`)
  }
}
