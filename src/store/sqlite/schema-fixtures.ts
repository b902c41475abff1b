// For tests of migrations: turns a current store file back into what an earlier version wrote.

import Database from 'better-sqlite3'

/**
 * The store as version 8 left it: statements_fts with every word as written and no language keys
 * (left empty: migration 9 reindexes from the statements themselves, not from the old rows);
 * documents_fts an external-content table over documents, filled as its trigger and the put
 * filled it, with the delete trigger that re-reads the row; no documents_lang index.
 */
export function asVersion8(path: string): void {
  const db = new Database(path)
  db.exec(`DROP TRIGGER statements_fts_delete;
    DROP TABLE statements_fts;
    CREATE VIRTUAL TABLE statements_fts USING fts5(content, speaker, keys, content_pairs, speaker_pairs, content = '', contentless_delete = 1, tokenize = 'porter unicode61 remove_diacritics 2');
    INSERT INTO statements_fts(statements_fts, rank) VALUES ('rank', 'bm25(1.0, 0.5, 0.0, 1.0, 0.5)');
    CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN DELETE FROM statements_fts WHERE rowid = old.n; END;
    DROP TRIGGER documents_fts_delete;
    DROP TABLE documents_fts;
    CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content = 'documents', content_rowid = 'n', tokenize = 'porter unicode61 remove_diacritics 2');
    CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
      INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.n, old.title, old.text);
    END;
    INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
    DROP INDEX documents_lang;
    DELETE FROM schema_migrations WHERE version = 9`)
  db.close()
}

/**
 * The store as version 4 left it (and as version 8 left documents_fts): statements_fts without the speaker-pair columns, and
 * statements_speaker without outlet_n (migration 6). The old statements_fts is left empty;
 * migration 5 reindexes from the statements themselves, not from the old rows. Event reports lose
 * their own accounts (migration 8).
 */
export function asVersion4(path: string): void {
  asVersion8(path)
  const db = new Database(path)
  db.exec(`DROP TRIGGER statements_fts_delete;
    DROP TABLE statements_fts;
    CREATE VIRTUAL TABLE statements_fts USING fts5(content, speaker, keys, content = '', contentless_delete = 1, tokenize = 'porter unicode61 remove_diacritics 2');
    CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN DELETE FROM statements_fts WHERE rowid = old.n; END;
    DROP INDEX statements_speaker;
    CREATE INDEX statements_speaker ON statements(speaker_n, duplicate, date) WHERE speaker_n IS NOT NULL;
    DROP TABLE name_uses; DROP TABLE name_forms; DROP TABLE pending_names; DROP TABLE entity_documents;
    DROP INDEX events_place; DROP INDEX entity_redirects_entity;
    ALTER TABLE entities DROP COLUMN full_documents;
    DROP TABLE pending_events;
    ALTER TABLE event_reports DROP COLUMN type; ALTER TABLE event_reports DROP COLUMN place_id; ALTER TABLE event_reports DROP COLUMN participants_json;
    DELETE FROM schema_migrations WHERE version IN (5, 6, 7, 8)`)
  db.close()
}
