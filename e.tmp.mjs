import Database from 'better-sqlite3'
const db = new Database('/work/benchdata/ww-1m.db', { readonly: true })
db.pragma('mmap_size = 2147483648')
const t = (label, sql, ...a) => { const st = db.prepare(sql); let r; const t0 = performance.now(); for (let i = 0; i < 3; i++) r = st.all(...a); console.log(((performance.now() - t0) / 3).toFixed(2).padStart(8), 'ms', label, JSON.stringify(r).slice(0, 80)) }
console.log(db.prepare('SELECT type, count(*) FROM entities GROUP BY type').all())
t('list', 'SELECT n FROM entities ORDER BY document_count DESC, name, n LIMIT 5')
const ns = db.prepare('SELECT n FROM entities ORDER BY document_count DESC, name, n LIMIT 5').pluck().all()
for (const n of ns) {
  t('stmtCount ' + n, 'SELECT count(*) FROM statements WHERE speaker_n = ? AND duplicate = 0', n)
  t('aboutCount ' + n, 'SELECT count(*) FROM statement_about a JOIN statements s ON s.n = a.statement_n WHERE a.entity_n = ? AND s.duplicate = 0', n)
  t('outlets ' + n, `SELECT o.id, o.name, count(*) AS statements FROM (
         SELECT s.n, s.outlet_n AS outlet_n FROM statements s WHERE s.speaker_n = @n AND s.duplicate = 0 AND s.outlet_n IS NOT NULL
         UNION SELECT s.n, v.entity_n FROM statements s JOIN statement_via v ON v.statement_n = s.n WHERE s.speaker_n = @n AND s.duplicate = 0
       ) x JOIN entities o ON o.n = x.outlet_n GROUP BY o.n ORDER BY statements DESC, o.name LIMIT 50`, { n })
}
