// npm run bench:pages -- --db FILE: the API calls behind the web UI's pages, one request at a time,
// over a store built by bench:search (1,000,000 statements by default), in process through the
// Hono app (no socket). The subjects are the heaviest the store holds: the speaker with the most
// statements, the place most statements are about, the event with the most statements, so the
// figures are the worst a page of that kind sees there.
// Run: npm run build && npm run bench:pages -- --db /work/benchdata/ww-1m.db [--requests N] [--json]

import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'
import Database from 'better-sqlite3'
import { openSqliteStore } from '../src/index.js'
import { createApp } from '../src/server/app.js'
import { num, round, table } from './lib/format.js'
import { latency } from './lib/latency.js'

const USAGE = `usage: npm run bench:pages -- --db FILE [--requests N] [--json]

  --db FILE       a store built by bench:search (npm run bench:search -- --db FILE --keep)
  --requests N    measured requests per call, after 3 unmeasured ones (default 20)
  --json          print one JSON object instead of the table`

const { values } = parseArgs({ options: { db: { type: 'string' }, requests: { type: 'string' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } })
if (values.help) {
  process.stdout.write(`${USAGE}\n`)
  process.exit(0)
}
const requests = Number(values.requests ?? 20)
if (!values.db || !existsSync(values.db) || !Number.isInteger(requests) || requests < 1) {
  process.stderr.write(`bench:pages: ${!values.db ? '--db FILE is required' : !existsSync(values.db) ? `no database at ${values.db}` : '--requests must be a whole number above 0'}\n${USAGE}\n`)
  process.exit(2)
}

const subjects = heaviestSubjects(values.db)
const store = await openSqliteStore(values.db, { readonly: true })
const app = createApp({ store, log: () => {} })
const speaker = encodeURIComponent(subjects.speaker)
const calls: { page: string; path: string }[] = [
  { page: 'search', path: '/search?limit=20' },
  { page: 'search', path: `/search?speaker=${speaker}&limit=20` },
  { page: 'people', path: '/entities?type=person&limit=20' },
  { page: 'person', path: `/entities/${speaker}` },
  { page: 'person', path: `/timeline?subject=${speaker}&limit=100` },
  // The person page's chart reads up to 1,000 statements, a page of 100 at a time: its last page.
  { page: 'person', path: `/timeline?subject=${speaker}&limit=100&offset=900` },
  { page: 'person', path: `/timeline?subject=${speaker}&about=true&limit=10` },
  { page: 'outlet', path: `/timeline?subject=${encodeURIComponent(subjects.outlet)}&limit=100` },
  { page: 'outlet', path: `/timeline?subject=${encodeURIComponent(subjects.outlet)}&limit=100&offset=900` },
  // The graph lists up to 500 people, a page of 100 at a time.
  { page: 'graph', path: '/entities?type=person&limit=100&offset=400' },
  { page: 'place', path: `/timeline?subject=${encodeURIComponent(subjects.place)}&limit=100` },
  ...(subjects.event ? [{ page: 'event', path: `/events/${encodeURIComponent(subjects.event)}` }] : []),
  { page: 'outlets', path: '/outlets?limit=20' },
  { page: 'documents', path: '/documents?limit=20' },
  { page: 'brief', path: `/briefs?speaker=${speaker}` },
  { page: 'home', path: '/stats' },
]

const rows = []
for (const call of calls) {
  const times: number[] = []
  let status = 0
  for (let i = 0; i < requests + 3; i++) {
    const t0 = performance.now()
    const response = await app.request(call.path)
    await response.arrayBuffer()
    if (i >= 3) times.push(performance.now() - t0)
    status = response.status
  }
  rows.push({ ...call, status, ...latency(times) })
}
await store.close()

if (values.json) process.stdout.write(`${JSON.stringify({ db: values.db, requests, subjects, calls: rows.map((r) => ({ ...r, p50: round(r.p50, 2), p95: round(r.p95, 2), max: round(r.max, 2), mean: round(r.mean, 2) })) }, null, 2)}\n`)
else {
  process.stdout.write(
    [
      `Wirewatch pages bench — ${values.db}, ${requests} requests per call, one at a time, in process`,
      `heaviest subjects: speaker ${subjects.speaker} (${num(subjects.speakerStatements)} statements), place ${subjects.place} (${num(subjects.placeStatements)} about it), outlet ${subjects.outlet}, event ${subjects.event ?? '(the store has none)'}`,
      '',
      table(
        ['page', 'call', 'status', 'p50 ms', 'p95 ms', 'max ms'],
        rows.map((r) => [r.page, r.path, String(r.status), num(r.p50, 2), num(r.p95, 2), num(r.max, 2)]),
      ),
      '',
    ].join('\n'),
  )
}

/** The speaker with the most statements, the place most are about, the outlet that published most, the event with the most. */
function heaviestSubjects(path: string): { speaker: string; speakerStatements: number; place: string; placeStatements: number; outlet: string; event: string | null } {
  const db = new Database(path, { readonly: true })
  try {
    const speaker = db.prepare('SELECT e.id, count(*) AS c FROM statements s JOIN entities e ON e.n = s.speaker_n GROUP BY s.speaker_n ORDER BY c DESC LIMIT 1').get() as { id: string; c: number }
    const place = db.prepare("SELECT e.id, count(*) AS c FROM statement_about a JOIN entities e ON e.n = a.entity_n WHERE e.type = 'place' GROUP BY a.entity_n ORDER BY c DESC LIMIT 1").get() as { id: string; c: number }
    const outlet = db.prepare('SELECT e.id FROM statements s JOIN entities e ON e.n = s.outlet_n GROUP BY s.outlet_n ORDER BY count(*) DESC LIMIT 1').pluck().get() as string
    const event = db.prepare('SELECT v.id FROM statements s JOIN events v ON v.n = s.event_n GROUP BY s.event_n ORDER BY count(*) DESC LIMIT 1').pluck().get() as string | undefined
    return { speaker: speaker.id, speakerStatements: speaker.c, place: place.id, placeStatements: place.c, outlet, event: event ?? null }
  } finally {
    db.close()
  }
}
