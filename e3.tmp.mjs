import Database from 'better-sqlite3'
const db = new Database('/work/benchdata/ww-1m.db', { readonly: true })
db.pragma('mmap_size = 2147483648')
const n = db.prepare("SELECT n FROM entities WHERE id = 'person:selke-lenmeror'").pluck().get()
const t = (label, sql, ...a) => { const st = db.prepare(sql); let r; const t0 = performance.now(); for (let i = 0; i < 5; i++) r = st.all(...a); console.log(((performance.now() - t0) / 5).toFixed(2).padStart(8), 'ms', label, JSON.stringify(r).slice(0, 100)) }
t('stmtCount', 'SELECT count(*) FROM statements WHERE speaker_n = ? AND duplicate = 0', n)
t('aboutCount', 'SELECT count(*) FROM statement_about a JOIN statements s ON s.n = a.statement_n WHERE a.entity_n = ? AND s.duplicate = 0', n)
t('aboutFts', `SELECT count(*) FROM statements_fts WHERE statements_fts MATCH 'keys : a${n} NOT d1'`)
t('outlets', `SELECT o.id, o.name, count(*) AS statements FROM (
         SELECT s.n, s.outlet_n AS outlet_n FROM statements s WHERE s.speaker_n = @n AND s.duplicate = 0 AND s.outlet_n IS NOT NULL
         UNION SELECT s.n, v.entity_n FROM statements s JOIN statement_via v ON v.statement_n = s.n WHERE s.speaker_n = @n AND s.duplicate = 0
       ) x JOIN entities o ON o.n = x.outlet_n GROUP BY o.n ORDER BY statements DESC, o.name LIMIT 50`, { n })
t('aliases', 'SELECT alias FROM entity_aliases WHERE entity_n = ? ORDER BY rowid', n)
