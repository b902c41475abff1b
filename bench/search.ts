// Search latency over a generated store of (by default) 1,000,000 statements: p50/p95/p99 for
// text, text + speaker, speaker alone and text + date range, with the database's size and build
// time. Run: npm run build && npm run bench:search [-- --statements N] [--json] [--keep] [--help]
import Database from 'better-sqlite3'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { SearchQuery } from '../src/store/store.js'
import { phrasesOf } from '../src/store/query.js'
import { searchPhrases } from '../src/store/search-form.js'
import { textExpression } from '../src/store/sqlite/fts.js'
import { openSqliteStore } from '../src/store/sqlite/index.js'
import { repoRoot } from './lib/corpus.js'
import { mb, num, round, table } from './lib/format.js'
import { latency, type Latency } from './lib/latency.js'
import { maxRssBytes } from './lib/memory.js'
import { parseSearchOptions, SEARCH_USAGE, type SearchBenchOptions } from './lib/search-options.js'
import { build, counted, KINDS, queriesOf, type QueryKind } from './lib/search-store.js'
import { World } from './lib/synthetic.js'

const WARM_UP = 20
/** The issue's target: p95 of a text query with a speaker filter at 1M statements. */
const TARGET_MS = 20

interface KindReport extends Latency {
  kind: QueryKind
  meanHits: number
  example: SearchQuery
}

async function main(argv: string[]): Promise<number> {
  let options: SearchBenchOptions
  try {
    options = parseSearchOptions(argv)
  } catch (err) {
    process.stderr.write(`wirewatch bench:search: ${(err as Error).message}\n${SEARCH_USAGE}\n`)
    return 2
  }
  if (options.help) {
    process.stdout.write(`${SEARCH_USAGE}\n`)
    return 0
  }
  const path = options.db ?? join(mkdtempSync(join(tmpdir(), 'wirewatch-bench-')), 'search.db')
  if (existsSync(path) !== options.reuse) {
    process.stderr.write(`wirewatch bench:search: ${path} ${options.reuse ? 'does not exist' : 'exists; remove it, choose another --db, or measure it with --reuse'}\n`)
    return 2
  }
  const progress = (line: string) => process.stderr.write(`${line}\n`)
  try {
    const world = new World(options.seed)
    const built = options.reuse ? await counted(path) : await build(path, world, options, progress)
    const size = sizeOf(path)
    progress(`measuring ${options.queries} queries of each kind (after ${WARM_UP} warm-up queries)…`)
    const kinds = await measureQueries(path, world, options)
    const matches = medianTextMatches(path, world, options)
    const result = {
      tool: 'wirewatch-bench-search',
      version: (JSON.parse(readFileSync(join(repoRoot(import.meta.url), 'package.json'), 'utf8')) as { version: string }).version,
      when: new Date().toISOString(),
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      cpu: cpus()[0]?.model.trim() ?? 'unknown',
      settings: { statements: options.statements, queries: options.queries, seed: options.seed, batch: options.batch, optimize: options.optimize, limit: 20 },
      store: {
        path: options.keep ? path : null,
        documents: built.documents,
        nearDuplicates: built.nearDuplicates,
        statements: built.statements,
        reused: options.reuse,
        buildSeconds: finite(round(built.seconds, 1)),
        statementsPerSecond: finite(Math.round(built.statements / built.seconds)),
        optimizeSeconds: finite(round(built.optimizeSeconds, 1)),
        bytes: size.bytes,
        mb: mb(size.bytes),
        mbPer1000Documents: round(size.bytes / 1e6 / (built.documents / 1000), 3),
        mbPer1000Statements: round(size.bytes / 1e6 / (built.statements / 1000), 3),
        largest: size.objects.slice(0, 8).map((o) => ({ name: o.name, mb: mb(o.bytes) })),
      },
      queries: kinds.map((k) => ({ ...k, p50: round(k.p50, 2), p95: round(k.p95, 2), p99: round(k.p99, 2), max: round(k.max, 2), mean: round(k.mean, 2), meanHits: round(k.meanHits, 1) })),
      medianTextMatches: matches,
      target: { kind: 'text + speaker', p95Ms: TARGET_MS, measuredP95Ms: round(kinds.find((k) => k.kind === 'text + speaker')!.p95, 2) },
      memory: { maxRssMB: mb(maxRssBytes()) },
    }
    if (options.json) {
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
    } else {
      const s = result.store
      const met = result.target.measuredP95Ms < TARGET_MS
      process.stdout.write(
        [
          `Wirewatch ${result.version} search bench — ${num(s.statements)} statements in ${num(s.documents)} documents (${num(s.nearDuplicates)} near-duplicates), seed ${options.seed}`,
          `${result.node} on ${result.platform}, ${result.cpu}; SQLite via better-sqlite3, one connection, limit 20`,
          '',
          table(
            ['query', 'n', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'mean hits', 'example'],
            result.queries.map((k) => [k.kind, num(k.count), num(k.p50, 2), num(k.p95, 2), num(k.p99, 2), num(k.max, 2), num(k.meanHits, 1), JSON.stringify(k.example)]),
          ),
          '',
          `target: text + speaker p95 ${num(result.target.measuredP95Ms, 2)} ms — ${met ? 'under' : 'OVER'} ${TARGET_MS} ms`,
          `text queries: median ${num(matches.median)} matching statements (p95 ${num(matches.p95)}) before the limit`,
          s.buildSeconds === null
            ? `build: not measured (database reused from an earlier run)`
            : `build: ${num(s.buildSeconds, 1)} s (${num(s.statementsPerSecond!)} statements/s, batches of ${options.batch} documents)` +
              (options.optimize ? `, then ${num(s.optimizeSeconds!, 1)} s FTS merge + ANALYZE` : ', not optimised'),
          `size: ${num(s.mb, 1)} MB — ${num(s.mbPer1000Documents, 3)} MB per 1,000 documents, ${num(s.mbPer1000Statements, 3)} MB per 1,000 statements`,
          `largest: ${s.largest.map((o) => `${o.name} ${num(o.mb, 1)} MB`).join(', ')}`,
          `memory: max RSS ${num(result.memory.maxRssMB, 1)} MB` + (options.keep ? `; database kept at ${path}` : ''),
        ].join('\n') + '\n',
      )
    }
    return 0
  } finally {
    if (!options.keep) rmSync(options.db ? path : dirname(path), { recursive: true, force: true })
  }
}

async function measureQueries(path: string, world: World, options: SearchBenchOptions): Promise<KindReport[]> {
  const store = await openSqliteStore(path)
  try {
    const reports: KindReport[] = []
    for (const [k, kind] of KINDS.entries()) {
      const queries = queriesOf(world, kind, options.queries + WARM_UP, options.seed * 100 + k)
      for (const q of queries.slice(0, WARM_UP)) await store.search(q)
      const times: number[] = []
      let hits = 0
      for (const q of queries.slice(WARM_UP)) {
        const start = performance.now()
        const found = await store.search(q)
        times.push(performance.now() - start)
        hits += found.length
      }
      reports.push({ kind, ...latency(times), meanHits: hits / times.length, example: queries[WARM_UP]! })
    }
    return reports
  } finally {
    await store.close()
  }
}

/** How many statements the text queries' words match, before filters and the limit: what ranking has to score. */
function medianTextMatches(path: string, world: World, options: SearchBenchOptions): { median: number; p95: number } {
  const db = new Database(path, { readonly: true })
  try {
    const count = db.prepare('SELECT count(*) FROM statements_fts WHERE statements_fts MATCH ?').pluck()
    const counts = queriesOf(world, 'text', Math.min(options.queries, 200) + WARM_UP, options.seed * 100)
      .slice(WARM_UP)
      .map((q) => count.get(textExpression(searchPhrases(phrasesOf(q.text!)))) as number)
    const l = latency(counts)
    return { median: l.p50, p95: l.p95 }
  } finally {
    db.close()
  }
}

/** The database's size, and its largest tables and indexes (dbstat). */
function sizeOf(path: string): { bytes: number; objects: { name: string; bytes: number }[] } {
  const bytes = [path, `${path}-wal`].reduce((sum, f) => sum + (existsSync(f) ? statSync(f).size : 0), 0)
  const db = new Database(path, { readonly: true })
  try {
    const rows = db.prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC').all() as { name: string; bytes: number }[]
    // FTS5 keeps its index in shadow tables named after it: count them as one.
    const byObject = new Map<string, number>()
    for (const r of rows) {
      const name = r.name.replace(/_(data|idx|docsize|config|content)$/, '')
      byObject.set(name, (byObject.get(name) ?? 0) + r.bytes)
    }
    return { bytes, objects: [...byObject].map(([name, b]) => ({ name, bytes: b })).sort((a, b) => b.bytes - a.bytes) }
  } finally {
    db.close()
  }
}

function finite(n: number): number | null {
  return Number.isFinite(n) ? n : null
}

process.exitCode = await main(process.argv.slice(2))
