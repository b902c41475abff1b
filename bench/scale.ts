// npm run bench:scale — how extraction, a document's brief and the ingest of a feed of similar
// items grow with their input: each at 1×, 2×, 4× and 8× its base size, with the time ratios
// against linear growth (time at k× / (k × time at 1×)); over 1.5 at any step fails the run.
// Usage: node dist/bench/scale.js [--base-kb N] [--items N] [--only extract|brief|feed] [--big] [--json]
// Extraction and briefs take the best of two and three runs; the feed is ingested once.
// --big also extracts one 40 MB document and reports its time and peak memory.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { buildBrief, extract, ingest, ingestDocuments, openSqliteStore } from '../src/index.js'
import { wholeFlag } from './lib/flags.js'
import { round } from './lib/format.js'
import { DOCUMENT_SHAPES, type DocumentShape, longDocument, similarItemsFeed } from './lib/scale-inputs.js'

// parseArgs as the other benchmarks read their flags (an unknown flag is an error, not ignored).
const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    big: { type: 'boolean', default: false },
    only: { type: 'string' },
    'base-kb': { type: 'string', default: '400' },
    items: { type: 'string', default: '1000' },
  },
})
const { json, big, only } = values
const baseKb = wholeFlag('--base-kb', values['base-kb'], 1)
const baseItems = wholeFlag('--items', values.items, 1)
const FACTORS = [1, 2, 4, 8] as const
/** The largest time ratio to linear growth that passes. */
const MAX_RATIO = 1.5

interface Series {
  name: string
  unit: string
  sizes: number[]
  seconds: number[]
  /** seconds[k] / (factor × seconds[0]) */
  ratios: number[]
  output: number[]
}

const work = mkdtempSync(join(tmpdir(), 'wirewatch-bench-scale-'))
const series: Series[] = []
const log = (line: string) => {
  if (!json) process.stdout.write(`${line}\n`)
}

try {
  if (!only || only === 'extract') {
    // Warm-up: every shape once at its base size, so that the 1× figure is not V8 still compiling.
    for (const shape of Object.keys(DOCUMENT_SHAPES) as DocumentShape[]) extract(longDocument(shape, baseKb * 1000), { date: '2026-03-13' })
    for (const shape of Object.keys(DOCUMENT_SHAPES) as DocumentShape[]) {
      series.push(
        measureSeries(`extract ${shape}`, 'KB', (k) => baseKb * k, (kb) => {
          const text = longDocument(shape, kb * 1000)
          const first = timed(() => extract(text, { date: '2026-03-13' }).statements.length)
          const second = timed(() => extract(text, { date: '2026-03-13' }).statements.length)
          return first.seconds < second.seconds ? first : second
        }),
      )
    }
  }
  if (!only || only === 'brief') {
    series.push(
      await measureSeriesAsync('brief --doc (wire)', 'KB', (k) => baseKb * k, async (kb) => {
        const store = await openSqliteStore(join(work, `brief-${kb}.db`))
        try {
          const text = longDocument('wire', kb * 1000)
          const summary = await ingestDocuments([{ text, date: '2026-03-13', outlet: 'Meridian Press', origin: 'bench', reader: 'text' }], { store })
          const id = (await store.listDocuments({ limit: 1 }))[0]!.id
          // The best of three: a brief of a small document takes tens of milliseconds, within the machine's noise.
          let seconds = Infinity
          for (let run = 0; run < 3; run++) seconds = Math.min(seconds, (await timedAsync(() => buildBrief(store, { doc: id }))).seconds)
          return { seconds, output: summary.statementsAdded }
        } finally {
          await store.close()
        }
      }),
    )
  }
  if (!only || only === 'feed') {
    series.push(
      await measureSeriesAsync('ingest feed of similar items', 'items', (k) => baseItems * k, async (items) => {
        const file = join(work, `feed-${items}.xml`)
        writeFileSync(file, similarItemsFeed(items))
        const store = await openSqliteStore(join(work, `feed-${items}.db`))
        try {
          const t = await timedAsync(() => ingest([file], { store }))
          return { seconds: t.seconds, output: t.value.documents.new + t.value.documents.duplicate }
        } finally {
          await store.close()
        }
      }),
    )
  }
  let bigResult: { mb: number; seconds: number; statements: number; maxRssMB: number } | undefined
  if (big) {
    const text = longDocument('wire', 40_000_000)
    const t = timed(() => extract(text, { date: '2026-03-13' }).statements.length)
    bigResult = { mb: round(text.length / 1e6, 1), seconds: round(t.seconds, 1), statements: t.output, maxRssMB: round(process.resourceUsage().maxRSS / 1024, 0) }
    log(`extract one ${bigResult.mb} MB document: ${bigResult.seconds} s, ${bigResult.statements} statements, max RSS ${bigResult.maxRssMB} MB`)
  }
  const failed = series.filter((s) => s.ratios.some((r) => r > MAX_RATIO))
  if (json) process.stdout.write(`${JSON.stringify({ maxRatio: MAX_RATIO, series, ...(bigResult ? { big: bigResult } : {}) }, null, 2)}\n`)
  else log(failed.length ? `over ${MAX_RATIO}× linear: ${failed.map((s) => s.name).join(', ')}` : `every series within ${MAX_RATIO}× of linear growth`)
  process.exitCode = failed.length ? 1 : 0
} finally {
  rmSync(work, { recursive: true, force: true })
}

function timed(run: () => number): { seconds: number; output: number } {
  const t = performance.now()
  const output = run()
  return { seconds: (performance.now() - t) / 1000, output }
}

async function timedAsync<T>(run: () => Promise<T>): Promise<{ seconds: number; value: T }> {
  const t = performance.now()
  const value = await run()
  return { seconds: (performance.now() - t) / 1000, value }
}

function measureSeries(name: string, unit: string, size: (k: number) => number, run: (size: number) => { seconds: number; output: number }): Series {
  return report(name, unit, FACTORS.map((k) => ({ size: size(k), ...run(size(k)) })))
}

async function measureSeriesAsync(name: string, unit: string, size: (k: number) => number, run: (size: number) => Promise<{ seconds: number; output: number }>): Promise<Series> {
  const points: { size: number; seconds: number; output: number }[] = []
  for (const k of FACTORS) points.push({ size: size(k), ...(await run(size(k))) })
  return report(name, unit, points)
}

function report(name: string, unit: string, points: { size: number; seconds: number; output: number }[]): Series {
  const first = points[0]!.seconds
  const ratios = points.map((p, i) => round(p.seconds / (FACTORS[i]! * first), 2))
  const s: Series = { name, unit, sizes: points.map((p) => p.size), seconds: points.map((p) => round(p.seconds, 3)), ratios, output: points.map((p) => p.output) }
  log(`${name.padEnd(30)} ${points.map((p, i) => `${p.size} ${unit}: ${round(p.seconds, 2)} s (×${ratios[i]})`).join('  ')}`)
  return s
}
