import Database from 'better-sqlite3'
const db = new Database('/work/benchdata/ww-1m.db', { readonly: true })
db.pragma('mmap_size = 2147483648')
const n = db.prepare("SELECT n FROM entities WHERE id = 'person:selke-lenmeror'").pluck().get()
const t = (label, sql, ...a) => { const st = db.prepare(sql); let r; const t0 = performance.now(); for (let i = 0; i < 5; i++) r = st.all(...a); console.log(((performance.now() - t0) / 5).toFixed(2).padStart(8), 'ms', label, JSON.stringify(r).slice(0, 120)) }
const orig = `SELECT o.id, o.name, count(*) AS statements FROM (
         SELECT s.n, s.outlet_n AS outlet_n FROM statements s WHERE s.speaker_n = @n AND s.duplicate = 0 AND s.outlet_n IS NOT NULL
         UNION SELECT s.n, v.entity_n FROM statements s JOIN statement_via v ON v.statement_n = s.n WHERE s.speaker_n = @n AND s.duplicate = 0
       ) x JOIN entities o ON o.n = x.outlet_n GROUP BY o.n ORDER BY statements DESC, o.name LIMIT 50`
const alt = `SELECT o.id, o.name, x.statements FROM (
         SELECT outlet_n, count(*) AS statements FROM (
           SELECT s.outlet_n FROM statements s WHERE s.speaker_n = @n AND s.duplicate = 0 AND s.outlet_n IS NOT NULL
           UNION ALL SELECT v.entity_n FROM statements s JOIN statement_via v ON v.statement_n = s.n WHERE s.speaker_n = @n AND s.duplicate = 0 AND v.entity_n IS NOT s.outlet_n
         ) GROUP BY outlet_n
       ) x JOIN entities o ON o.n = x.outlet_n ORDER BY x.statements DESC, o.name LIMIT 50`
t('orig', orig, { n }); t('alt', alt, { n })
console.log(JSON.stringify(db.prepare(orig).all({ n })) === JSON.stringify(db.prepare(alt).all({ n })))
for (const r of db.prepare('EXPLAIN QUERY PLAN ' + alt).all({ n })) console.log(r.detail)
t('just speaker rows', 'SELECT count(*), sum(outlet_n) FROM statements s WHERE s.speaker_n = @n AND s.duplicate = 0', { n })
t('via only', 'SELECT count(*) FROM statements s JOIN statement_via v ON v.statement_n = s.n WHERE s.speaker_n = @n AND s.duplicate = 0', { n })
