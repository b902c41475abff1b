import Database from 'better-sqlite3'
const db = new Database('/work/benchdata/ww-1m.db', { readonly: true })
db.pragma('mmap_size = 2147483648')
const t = (label, sql, ...a) => { const st = db.prepare(sql); let r; const t0 = performance.now(); for (let i = 0; i < 5; i++) r = st.all(...a); console.log(((performance.now() - t0) / 5).toFixed(2).padStart(8), 'ms', label, JSON.stringify(r).slice(0, 100)) }
t('plain count', 'SELECT count(*) FROM statement_about WHERE entity_n = 2')
t('dup statements', 'SELECT count(*) FROM statements WHERE duplicate = 1')
t('dup about via scan', 'SELECT count(*) FROM statements s JOIN statement_about a ON a.statement_n = s.n AND a.entity_n = 2 WHERE s.duplicate = 1')
t('fts', "SELECT count(*) FROM statements_fts WHERE statements_fts MATCH 'keys : a2 NOT d1'")
t('plan', 'EXPLAIN QUERY PLAN SELECT count(*) FROM statements s JOIN statement_about a ON a.statement_n = s.n AND a.entity_n = 2 WHERE s.duplicate = 1')
