// npm run bench:ingest — ingests the PolNeAR train texts into a fresh SQLite file through the real
// ingest path (read → extract → near-duplicate check → one transaction per document) and prints
// documents per second, the database size per 1,000 documents, and peak memory; then ingests the
// same files again into the same store (all unchanged) and times that.
// Usage: node dist/bench/ingest.js [DIR] [--json] [--keep] [--warm]
// --warm ingests the corpus a second time, into another fresh file in the same process, and
// reports that pass too: the same work once V8 has compiled the code (the first pass is the figure
// a desk sees when it starts a bulk load).

import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Store, ingest, openSqliteStore } from '../src/index.js'
import { CorpusError, defaultCorpusDir, loadCorpus } from './lib/corpus.js'
import { round } from './lib/format.js'

const args = process.argv.slice(2)
const json = args.includes('--json')
const keep = args.includes('--keep')
const warm = args.includes('--warm')
const dir = args.find((a) => !a.startsWith('--')) ?? process.env.WIREWATCH_BENCH_DIR ?? defaultCorpusDir(import.meta.url)

let docs: number
try {
  docs = loadCorpus(dir).length
} catch (err) {
  process.stderr.write(`${err instanceof CorpusError ? err.message : String(err)}\n`)
  process.exit(2)
}

const work = mkdtempSync(join(tmpdir(), 'wirewatch-bench-ingest-'))
const db = join(work, 'bench.db')
const store = await openSqliteStore(db)
const commits = timedCommits(store)
const cpuBefore = process.cpuUsage()
const started = performance.now()
const summary = await ingest([dir], { store: commits.store })
const seconds = (performance.now() - started) / 1000
const cpu = process.cpuUsage(cpuBefore)
const commitSeconds = commits.ms / 1000
// The same inputs again: every document is known by its text and skipped before extraction.
const againStarted = performance.now()
const again = await ingest([dir], { store })
const againSeconds = (performance.now() - againStarted) / 1000
await store.close()
const bytes = ['', '-wal'].reduce((sum, suffix) => sum + (statSafe(db + suffix)), 0)
const stored = summary.documents.new + summary.documents.duplicate
const result = {
  corpus: { dir, docs },
  documents: summary.documents,
  statements: summary.statementsAdded,
  seconds: round(seconds, 2),
  docsPerSecond: round(stored / seconds, 0),
  docsPerCpuSecond: round(stored / ((cpu.user + cpu.system) / 1e6), 0),
  /** Of `seconds`, the time in Store.putDocuments: the rows and indexes written. The rest is reading, extracting and resolving. */
  commitSeconds: round(commitSeconds, 2),
  dbMB: round(bytes / 1e6, 1),
  dbMBPer1000Docs: round(bytes / 1e6 / (stored / 1000), 2),
  maxRssMB: round(process.resourceUsage().maxRSS / 1024, 1),
  again: { seconds: round(againSeconds, 2), unchanged: again.documents.unchanged, docsPerSecond: round(again.documents.unchanged / againSeconds, 0) },
}
let warmPass: { seconds: number; docsPerSecond: number } | undefined
if (warm) {
  const again = await openSqliteStore(join(work, 'warm.db'))
  const t0 = performance.now()
  const s2 = await ingest([dir], { store: again })
  const secs = (performance.now() - t0) / 1000
  await again.close()
  warmPass = { seconds: round(secs, 2), docsPerSecond: round((s2.documents.new + s2.documents.duplicate) / secs, 0) }
}
if (!keep) rmSync(work, { recursive: true, force: true })

if (json) process.stdout.write(`${JSON.stringify(warmPass ? { ...result, warmPass } : result, null, 2)}\n`)
else {
  process.stdout.write(
    [
      `Wirewatch ingest bench — ${docs} files from ${dir} into a fresh SQLite file${keep ? ` (${db})` : ''}`,
      `stored ${stored} documents (${summary.documents.duplicate} near-duplicates), ${result.statements} statements, ${summary.documents.failed} failed`,
      `${result.seconds} s: ${result.docsPerSecond} docs/s (${result.docsPerCpuSecond} per CPU second); ${result.commitSeconds} s of it committing to SQLite, ${round(seconds - commitSeconds, 2)} s reading, extracting and resolving`,
      `database ${result.dbMB} MB: ${result.dbMBPer1000Docs} MB per 1,000 documents; max RSS ${result.maxRssMB} MB`,
      `again (the same files into the same store, all ${result.again.unchanged} unchanged): ${result.again.seconds} s, ${result.again.docsPerSecond} docs/s`,
      ...(warmPass ? [`warm (the same corpus again, into another fresh file, code already compiled): ${warmPass.seconds} s, ${warmPass.docsPerSecond} docs/s`] : []),
      '',
    ].join('\n'),
  )
}

/** The store, with the time spent in its batch commits added up. */
function timedCommits(inner: Store): { store: Store; readonly ms: number } {
  let ms = 0
  const putDocuments: Store['putDocuments'] = async (items) => {
    const t0 = performance.now()
    try {
      return await inner.putDocuments(items)
    } finally {
      ms += performance.now() - t0
    }
  }
  const store = new Proxy(inner, { get: (target, key) => (key === 'putDocuments' ? putDocuments : Reflect.get(target, key, target)) })
  return {
    store,
    get ms() {
      return ms
    },
  }
}

function statSafe(path: string): number {
  try {
    return statSync(path).size
  } catch {
    return 0
  }
}

