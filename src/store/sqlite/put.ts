import type { Document, Statement } from '../../core/records.js'
import { lshBands } from '../../core/minhash.js'
import { dayOf } from '../../core/iso-date.js'
import { nameKey } from '../names.js'
import { searchText } from '../search-form.js'
import type { DocumentProvenance, NameUse, PutOutcome } from '../store.js'
import type { Prepared } from './prepared.js'
import type { EntityWriter } from './entities.js'
import { putEvents } from './events.js'
import { writeStatementIndex } from './statement-index.js'
import { writeNameUses } from './name-uses.js'

// Writing one document: the caller holds the transaction, so a failure anywhere here leaves
// nothing behind, and calls the entity writer's `finish` before it commits.

/**
 * Writes a document not stored yet; 'unchanged' without writing anything when its id is stored.
 * `uses` are its names whose meaning depends on the evidence (name-uses.ts); the name keys it
 * touches gather in the entity writer, for the transaction to mark pending once.
 */
export function putDocumentRows(p: Prepared, entities: EntityWriter, doc: Document, provenance: DocumentProvenance, uses: readonly NameUse[] = []): PutOutcome {
  checkShape(doc, provenance)
  const day = dayOf(doc.date)
  const duplicate = provenance.nearDuplicateOf ? 1 : 0

  // A stored id changes nothing (documents are keyed by content): no row, no change.
  const inserted = p
    .get(
      `INSERT INTO documents (id, title, date, lang, url, outlet, origin, reader, ingested_at, near_duplicate_of, signature, provenance_json, document_json, text)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
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
    )
  if (inserted.changes === 0) return 'unchanged'
  const documentN = Number(inserted.lastInsertRowid)
  // Contentless (migration 9): the index holds the search forms (search-form.ts), the row the text as written.
  p.get('INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)').run(documentN, searchText(doc.title ?? null), searchText(doc.text))

  entities.beginDocument(day, documentN)
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

  const eventNs = putEvents(p, entities, documentN, doc, day)
  doc.statements.forEach((s, ord) => putStatement(p, entities, s, { documentN, ord, outletN, duplicate, eventNs, lang: doc.lang }))

  writeNameUses(p, entities, documentN, uses)

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
  /** Event id → n, for the document's events. */
  eventNs: ReadonlyMap<string, number>
  /** The document's language. */
  lang: string
}

function putStatement(p: Prepared, entities: EntityWriter, s: Statement, at: StatementPlace): void {
  const speakerN = s.speaker.entity ? entities.reference(s.speaker.entity) : null
  const speakerKey = speakerN === null && s.speaker.name ? nameKey(s.speaker.name) : null
  const eventN = s.event ? (at.eventNs.get(s.event) ?? eventNumber(p, s.event)) : null
  const n = Number(
    p
      .get(
        `INSERT INTO statements (id, document_n, ord, kind, speaker_n, speaker_key, date, stance, confidence, outlet_n, duplicate, event_n)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(s.id, at.documentN, at.ord, s.kind, speakerN, speakerKey, s.date ?? null, s.stance ?? null, s.confidence, at.outletN, at.duplicate, eventN)
      .lastInsertRowid,
  )
  p.get('INSERT INTO statement_texts (n, json) VALUES (?, ?)').run(n, JSON.stringify(s))

  const about = p.get('INSERT OR IGNORE INTO statement_about (statement_n, entity_n) VALUES (?, ?)')
  const aboutNs: number[] = []
  for (const id of new Set(s.about)) {
    const e = entities.reference(id)
    about.run(n, e)
    aboutNs.push(e)
  }
  const via = p.get('INSERT OR IGNORE INTO statement_via (statement_n, entity_n) VALUES (?, ?)')
  // The outlet filter takes the publisher and every outlet the statement came through alike.
  const outlets: number[] = at.outletN === null ? [] : [at.outletN]
  for (const id of new Set(s.via)) {
    const e = entities.reference(id)
    via.run(n, e)
    outlets.push(e)
  }
  writeStatementIndex(p, n, s, {
    kind: s.kind,
    speakerN,
    speakerKey,
    date: s.date ?? null,
    stance: s.stance ?? null,
    duplicate: at.duplicate === 1,
    eventN,
    about: aboutNs,
    outlets,
    lang: at.lang,
  })
}

/** A statement may name an event another document described; an id the store does not know is misuse. */
function eventNumber(p: Prepared, id: string): number {
  const n = p.pluck('SELECT n FROM events WHERE id = ?').get(id) as number | undefined
  if (n === undefined) throw new TypeError(`putDocument: a statement names event ${id}, which neither the document nor the store has`)
  return n
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
