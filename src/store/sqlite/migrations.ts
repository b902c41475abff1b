import type Database from 'better-sqlite3'
import { Prepared } from './prepared.js'
import { reportIndex } from './event-groups.js'
import { rekeyNames } from './rekey.js'
import { reindexStatements } from './statement-index.js'
import { searchText } from '../search-form.js'
// The schema, as numbered migrations. Append only: a released migration never changes, a new
// version adds one. Each runs once, in its own transaction, recorded in schema_migrations.
//
// Layout, and why:
// - Every table that FTS5 or a link table points at has an INTEGER PRIMARY KEY `n`: rowids that
//   VACUUM cannot renumber, and small integers in the link tables instead of repeated text ids.
// - `statements` is slim (the columns search filters on) and `statement_texts` holds the bulky
//   text and JSON, so filtering a million statements reads a few tens of megabytes, not a gigabyte.
// - `statements_fts` is contentless (the text lives in statement_texts) and carries a `keys`
//   column of opaque tokens (speaker, about, outlet, kind, language, duplicate…): a text query
//   with filters is one FTS5 intersection, ranked by bm25 over the matches only (keys weigh
//   nothing). Its speaker-pair columns (migration 5) make text + speaker a lookup of short
//   posting lists.
// - Both full-text tables index words in their search forms (search-form.ts: Cyrillic words
//   stemmed, migration 9), so both are contentless: an external-content table's delete re-reads
//   the row and would hand FTS5 the text as written, not the forms it indexed.
// - The document JSON is stored without its text and statements (kept once, in their own
//   columns and rows) and put back together on read.

export interface Migration {
  version: number
  name: string
  sql: string
  /** Work SQL cannot do (re-keying names with the code's own rules), run after `sql` in the same transaction. */
  run?: (db: Database.Database) => void
}

const TOKENIZE = `tokenize = 'porter unicode61 remove_diacritics 2'`

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
CREATE TABLE documents (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  title TEXT,
  date TEXT,
  lang TEXT NOT NULL,
  url TEXT,
  outlet TEXT,
  origin TEXT NOT NULL,
  reader TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  near_duplicate_of TEXT REFERENCES documents(id) ON DELETE SET NULL,
  signature TEXT,
  provenance_json TEXT NOT NULL,
  document_json TEXT NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX documents_date ON documents(date);
CREATE INDEX documents_near_duplicate_of ON documents(near_duplicate_of) WHERE near_duplicate_of IS NOT NULL;

CREATE TABLE entities (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL CHECK (type IN ('person', 'organization', 'place', 'outlet')),
  name TEXT NOT NULL,
  kind TEXT,
  labels TEXT,
  translation TEXT,
  first_seen TEXT,
  last_seen TEXT,
  document_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_type ON entities(type);

CREATE TABLE entity_aliases (
  entity_n INTEGER NOT NULL REFERENCES entities(n) ON DELETE CASCADE,
  alias TEXT NOT NULL,
  alias_lower TEXT NOT NULL,
  alias_last TEXT,
  UNIQUE (entity_n, alias)
);
CREATE INDEX entity_aliases_lower ON entity_aliases(alias_lower);
CREATE INDEX entity_aliases_last ON entity_aliases(alias_last) WHERE alias_last IS NOT NULL;

CREATE TABLE entity_roles (
  entity_n INTEGER NOT NULL REFERENCES entities(n) ON DELETE CASCADE,
  role TEXT NOT NULL,
  first_seen TEXT,
  last_seen TEXT,
  UNIQUE (entity_n, role)
);

CREATE TABLE document_sources (
  document_n INTEGER NOT NULL REFERENCES documents(n) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  outlet_n INTEGER NOT NULL REFERENCES entities(n),
  descriptor TEXT,
  medium TEXT,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  PRIMARY KEY (document_n, ord)
) WITHOUT ROWID;
CREATE INDEX document_sources_outlet ON document_sources(outlet_n);

CREATE TABLE statements (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  document_n INTEGER NOT NULL REFERENCES documents(n) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('direct', 'indirect', 'mixed')),
  speaker_n INTEGER REFERENCES entities(n),
  speaker_key TEXT,
  date TEXT,
  stance TEXT CHECK (stance IN ('support', 'oppose', 'skeptical', 'neutral')),
  confidence REAL NOT NULL,
  outlet_n INTEGER REFERENCES entities(n),
  duplicate INTEGER NOT NULL DEFAULT 0 CHECK (duplicate IN (0, 1))
);
CREATE INDEX statements_document ON statements(document_n, ord);
CREATE INDEX statements_date ON statements(date);
CREATE INDEX statements_speaker ON statements(speaker_n, duplicate, date) WHERE speaker_n IS NOT NULL;
CREATE INDEX statements_speaker_key ON statements(speaker_key, duplicate, date) WHERE speaker_key IS NOT NULL;
CREATE INDEX statements_outlet ON statements(outlet_n, duplicate, date) WHERE outlet_n IS NOT NULL;

CREATE TABLE statement_texts (
  n INTEGER PRIMARY KEY REFERENCES statements(n) ON DELETE CASCADE,
  speaker_name TEXT,
  speaker_role TEXT,
  cue_text TEXT,
  content_text TEXT NOT NULL,
  json TEXT NOT NULL
);

CREATE TABLE statement_about (
  statement_n INTEGER NOT NULL REFERENCES statements(n) ON DELETE CASCADE,
  entity_n INTEGER NOT NULL REFERENCES entities(n),
  PRIMARY KEY (statement_n, entity_n)
) WITHOUT ROWID;
CREATE INDEX statement_about_entity ON statement_about(entity_n, statement_n);

CREATE TABLE statement_via (
  statement_n INTEGER NOT NULL REFERENCES statements(n) ON DELETE CASCADE,
  entity_n INTEGER NOT NULL REFERENCES entities(n),
  PRIMARY KEY (statement_n, entity_n)
) WITHOUT ROWID;
CREATE INDEX statement_via_entity ON statement_via(entity_n, statement_n);

CREATE TABLE minhash_bands (
  band TEXT NOT NULL,
  document_n INTEGER NOT NULL REFERENCES documents(n) ON DELETE CASCADE,
  PRIMARY KEY (band, document_n)
) WITHOUT ROWID;
CREATE INDEX minhash_bands_document ON minhash_bands(document_n);

CREATE VIRTUAL TABLE statements_fts USING fts5(content, speaker, keys, content = '', contentless_delete = 1, ${TOKENIZE});
INSERT INTO statements_fts(statements_fts, rank) VALUES ('rank', 'bm25(1.0, 0.5, 0.0)');
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
  DELETE FROM statements_fts WHERE rowid = old.n;
END;

CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content = 'documents', content_rowid = 'n', ${TOKENIZE});
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.n, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.n, old.title, old.text);
END;
`,
  },
  {
    version: 2,
    name: 'statement texts: only the JSON',
    // Nothing read these copies of what the JSON holds; writing them cost ~6% of a put.
    sql: `
ALTER TABLE statement_texts DROP COLUMN speaker_name;
ALTER TABLE statement_texts DROP COLUMN speaker_role;
ALTER TABLE statement_texts DROP COLUMN cue_text;
ALTER TABLE statement_texts DROP COLUMN content_text;
`,
  },
  {
    version: 3,
    name: 'events; entity redirects; names keyed across scripts',
    // Events merged across documents: one row per event, its participants, and one report per
    // document that tells of it (the status and date that document gave: the status history).
    // A redirect sends a merged-away entity id to the entity that absorbed it, for later ingests.
    sql: `
CREATE TABLE events (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL CHECK (type IN ('meeting', 'talks', 'negotiations', 'call', 'visit', 'summit')),
  status TEXT NOT NULL CHECK (status IN ('proposed', 'planned', 'began', 'held', 'ended', 'cancelled', 'unknown')),
  date TEXT,
  place_n INTEGER REFERENCES entities(n),
  first_seen TEXT,
  last_seen TEXT,
  document_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX events_date ON events(date);

CREATE TABLE event_participants (
  event_n INTEGER NOT NULL REFERENCES events(n) ON DELETE CASCADE,
  entity_n INTEGER NOT NULL REFERENCES entities(n),
  PRIMARY KEY (event_n, entity_n)
) WITHOUT ROWID;
CREATE INDEX event_participants_entity ON event_participants(entity_n, event_n);

CREATE TABLE event_reports (
  event_n INTEGER NOT NULL REFERENCES events(n) ON DELETE CASCADE,
  document_n INTEGER NOT NULL REFERENCES documents(n) ON DELETE CASCADE,
  local_id TEXT NOT NULL,
  status TEXT NOT NULL,
  date TEXT,
  PRIMARY KEY (event_n, document_n, local_id)
) WITHOUT ROWID;
CREATE INDEX event_reports_document ON event_reports(document_n);

ALTER TABLE statements ADD COLUMN event_n INTEGER REFERENCES events(n);
CREATE INDEX statements_event ON statements(event_n, duplicate, date) WHERE event_n IS NOT NULL;
CREATE INDEX statements_stance ON statements(stance) WHERE stance IS NOT NULL;

CREATE TABLE entity_redirects (
  from_id TEXT PRIMARY KEY,
  entity_n INTEGER NOT NULL REFERENCES entities(n) ON DELETE CASCADE
) WITHOUT ROWID;
`,
    // Index rows are rebuilt by migration 5 (which always follows), in the columns it creates.
    run: (db) => rekeyNames(db, { reindex: false }),
  },
  {
    version: 4,
    name: 'documents_fts written by the put, not a trigger',
    // The insert trigger cost ~0.12 ms a document (a quarter of the documents row) over inserting
    // the same values into documents_fts directly, as put.ts now does; the delete trigger stays.
    sql: `DROP TRIGGER documents_fts_insert;`,
  },
  {
    version: 5,
    name: 'statements_fts gains speaker pairs',
    // Text searches by speaker match the pair columns alone (fts.ts): on a million statements,
    // their FTS5 part takes 0.28 ms instead of 1.2 ms, for 177 MB more index. FTS5 cannot add
    // columns, so the table is rebuilt and every statement reindexed (~3 minutes per million).
    sql: `
DROP TRIGGER statements_fts_delete;
DROP TABLE statements_fts;
CREATE VIRTUAL TABLE statements_fts USING fts5(content, speaker, keys, content_pairs, speaker_pairs, content = '', contentless_delete = 1, ${TOKENIZE});
INSERT INTO statements_fts(statements_fts, rank) VALUES ('rank', 'bm25(1.0, 0.5, 0.0, 1.0, 0.5)');
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
  DELETE FROM statements_fts WHERE rowid = old.n;
END;
`,
    run: (db) => {
      const p = new Prepared(db)
      reindexStatements(p, p.pluck('SELECT n FROM statements').all() as number[])
      // One segment, as a freshly built index would settle into.
      db.exec(`INSERT INTO statements_fts(statements_fts) VALUES ('optimize')`)
    },
  },
  {
    version: 6,
    name: 'statements_speaker covers outlet_n',
    // Which outlets carry a speaker's statements (readEntity) reads each of their rows for its
    // outlet_n; in the index, it reads none: 101 → 25 ms for a speaker of 29,000 statements in a
    // million. The date order of a speaker's statements still uses the same leading columns.
    sql: `
DROP INDEX statements_speaker;
CREATE INDEX statements_speaker ON statements(speaker_n, duplicate, date, outlet_n) WHERE speaker_n IS NOT NULL;
`,
  },
  {
    version: 7,
    name: 'names whose meaning depends on evidence: full-name counts and name uses',
    // A bare last name ("Castro said") stands for the person of that name who dominates the
    // documents that name people in full; what a document made of such a name is kept (name_uses),
    // so that when the evidence changes the decision is made again for every document alike, and
    // the store does not depend on the order documents came in (ingest/resolve.ts).
    // full_documents: documents that name the entity in two words or more. Before this migration
    // it was not counted: people named by a full name take their document count, an estimate.
    sql: `
ALTER TABLE entities ADD COLUMN full_documents INTEGER NOT NULL DEFAULT 0;
UPDATE entities SET full_documents = document_count WHERE type = 'person' AND instr(trim(name), ' ') > 0;

CREATE TABLE name_uses (
  document_n INTEGER NOT NULL REFERENCES documents(n) ON DELETE CASCADE,
  key TEXT NOT NULL,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  raw_id TEXT NOT NULL,
  ord INTEGER NOT NULL,
  entity_n INTEGER REFERENCES entities(n)
);
CREATE INDEX name_uses_form ON name_uses(key, type, name, raw_id, entity_n);
CREATE INDEX name_uses_document ON name_uses(document_n);
CREATE INDEX name_uses_entity ON name_uses(entity_n) WHERE entity_n IS NOT NULL;

CREATE INDEX events_place ON events(place_n) WHERE place_n IS NOT NULL;

-- Which documents name which entity, so that merging two entities counts a document naming both
-- once, and a rewrite knows whether a document names an entity. Documents stored before this
-- migration have no rows: their counts stay as they were.
-- (No index by document: documents are never deleted, and every lookup names the entity.)
CREATE TABLE entity_documents (
  entity_n INTEGER NOT NULL REFERENCES entities(n) ON DELETE CASCADE,
  document_n INTEGER NOT NULL REFERENCES documents(n) ON DELETE CASCADE,
  PRIMARY KEY (entity_n, document_n)
) WITHOUT ROWID;
CREATE INDEX entity_redirects_entity ON entity_redirects(entity_n);

-- Name keys whose evidence changed in a commit, not decided again yet: written in the commit's
-- transaction, so that a crash between the two leaves them here for the next ingest.
CREATE TABLE pending_names (
  key TEXT PRIMARY KEY,
  stamp INTEGER NOT NULL
) WITHOUT ROWID;

-- Each way a name was used, once: what it was last decided to stand for ('' no one, NULL not yet),
-- and whether documents used it since (fresh), so that settling passes over one nothing changed.
CREATE TABLE name_forms (
  key TEXT NOT NULL,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  raw_id TEXT NOT NULL,
  decided TEXT,
  fresh INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (key, type, name, raw_id)
) WITHOUT ROWID;
`,
  },
  {
    version: 8,
    name: 'event reports keep their own account; events regrouped after each commit',
    // An event is what its reports make it, whatever order they came in (ingest/settle-events.ts):
    // each report keeps the type, place and participants its document told, so that grouping can
    // be decided again from the reports alone, and the events a commit touched wait in
    // pending_events until it is. Every event stored before this is pending once.
    sql: `
ALTER TABLE event_reports ADD COLUMN type TEXT;
ALTER TABLE event_reports ADD COLUMN place_id TEXT;
ALTER TABLE event_reports ADD COLUMN participants_json TEXT NOT NULL DEFAULT '[]';

CREATE TABLE pending_events (
  id TEXT PRIMARY KEY,
  stamp INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO pending_events (id, stamp) SELECT id, 1 FROM events;
`,
    run: (db) => {
      const p = new Prepared(db)
      const rows = p.get('SELECT r.event_n, r.document_n, r.local_id, d.document_json FROM event_reports r JOIN documents d ON d.n = r.document_n').all() as {
        event_n: number
        document_n: number
        local_id: string
        document_json: string
      }[]
      const set = p.get('UPDATE event_reports SET type = ?, place_id = ?, participants_json = ? WHERE event_n = ? AND document_n = ? AND local_id = ?')
      for (const r of rows) {
        const e = (JSON.parse(r.document_json) as { events?: { type: string; place?: string; participants: string[] }[] }).events?.[reportIndex(r.local_id)]
        if (e) set.run(e.type, e.place ?? null, JSON.stringify(e.participants), r.event_n, r.document_n, r.local_id)
      }
    },
  },
  {
    version: 9,
    name: 'Russian and Ukrainian words indexed by their stems; statements keyed by language',
    // "переговоры" finds "переговоров": both full-text tables hold Cyrillic words in their search
    // forms (search-form.ts), and every statement gets its document's language as a key token
    // (fts.ts), for `lang` filters that are part of the FTS5 query. documents_fts was an
    // external-content table whose delete trigger re-read the documents row: it would delete the
    // words as written, not the forms indexed, and corrupt the index. It becomes contentless, as
    // statements_fts is (nothing read its columns back: no snippet or highlight), deleted by rowid.
    // Both tables are rebuilt from the stored rows, as migration 5 rebuilt statements_fts.
    sql: `
DROP TRIGGER statements_fts_delete;
DROP TABLE statements_fts;
CREATE VIRTUAL TABLE statements_fts USING fts5(content, speaker, keys, content_pairs, speaker_pairs, content = '', contentless_delete = 1, ${TOKENIZE});
INSERT INTO statements_fts(statements_fts, rank) VALUES ('rank', 'bm25(1.0, 0.5, 0.0, 1.0, 0.5)');
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
  DELETE FROM statements_fts WHERE rowid = old.n;
END;

DROP TRIGGER documents_fts_delete;
DROP TABLE documents_fts;
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content = '', contentless_delete = 1, ${TOKENIZE});
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  DELETE FROM documents_fts WHERE rowid = old.n;
END;

-- Documents by language, newest first; and a language's documents for its statements.
CREATE INDEX documents_lang ON documents(lang, date);
`,
    run: (db) => {
      const p = new Prepared(db)
      const insert = p.get('INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)')
      // A few hundred texts at a time: better-sqlite3 runs nothing else while a query iterates.
      const batch = p.get('SELECT n, title, text FROM documents WHERE n > ? ORDER BY n LIMIT 500')
      for (let after = 0; ; ) {
        const rows = batch.all(after) as { n: number; title: string | null; text: string }[]
        if (rows.length === 0) break
        for (const d of rows) insert.run(d.n, searchText(d.title), searchText(d.text))
        after = rows[rows.length - 1]!.n
      }
      reindexStatements(p, p.pluck('SELECT n FROM statements').all() as number[])
      db.exec(`INSERT INTO statements_fts(statements_fts) VALUES ('optimize');
               INSERT INTO documents_fts(documents_fts) VALUES ('optimize');`)
    },
  },
]

export const LATEST_VERSION = MIGRATIONS.reduce((v, m) => Math.max(v, m.version), 0)
