// npm run bench:html -- DIR: Wirewatch's HTML reader (what `wirewatch read` and ingest take as a
// page's article) against the article text a page set expects, by the article-extraction
// benchmarks' shingle F1; plain readability.js over the same DOM alongside, for reference.
// DIR is a checkout of a public page set (see lib/page-sets.ts); none ships with Wirewatch.
// Usage: node dist/bench/html.js DIR [--json] [--limit N] [--pages]

import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { parseArgs } from 'node:util'
import { readBytes } from '../src/ingest/read.js'
import { type ShingleCounts, shingleCounts, shingleScores } from '../src/ingest/html/shingle-f1.js'
import { num, round, table } from './lib/format.js'
import { loadPageSet, PageSetError } from './lib/page-sets.js'

const USAGE = `usage: npm run bench:html -- DIR [--json] [--limit N] [--pages]

  DIR          a page set: a checkout of scrapinghub/article-extraction-benchmark (ground-truth.json,
               html/*.html.gz) or readability.js's test/test-pages (<name>/source.html, expected.html)
  --limit N    the first N pages only
  --pages      a line per page, worst first
  --json       one JSON object instead of the table`

function main(argv: string[]): number {
  let values: { json?: boolean; limit?: string; pages?: boolean; help?: boolean }
  let positionals: string[]
  try {
    ;({ values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean' }, limit: { type: 'string' }, pages: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }))
  } catch (err) {
    process.stderr.write(`wirewatch bench:html: ${(err as Error).message}\n${USAGE}\n`)
    return 2
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
  const limit = values.limit === undefined ? Infinity : Number(values.limit)
  if (positionals.length !== 1 || !(limit > 0)) {
    process.stderr.write(`wirewatch bench:html: give one folder${values.limit !== undefined && !(limit > 0) ? ' and a positive --limit' : ''}\n${USAGE}\n`)
    return 2
  }
  let set
  try {
    set = loadPageSet(positionals[0]!, limit)
  } catch (err) {
    process.stderr.write(`wirewatch bench:html: ${err instanceof PageSetError ? err.message : String(err)}\n`)
    return 2
  }

  const rows = set.pages.map((page) => {
    const started = performance.now()
    const read = readBytes(page.html, `${page.name}.html`, page.url ? { url: page.url } : {})
    const ms = performance.now() - started
    const wirewatch = read.documents.map((d) => d.text).join('\n\n')
    return {
      name: page.name,
      ms,
      problem: read.problems[0]?.message,
      wirewatch: shingleCounts(page.expected, wirewatch),
      readability: shingleCounts(page.expected, readabilityText(page.html)),
    }
  })
  const wirewatch = shingleScores(rows.map((r) => r.wirewatch))
  const readability = shingleScores(rows.map((r) => r.readability))
  const result = {
    dir: positionals[0],
    layout: set.layout,
    pages: rows.length,
    metric: 'shingle F1: word 4-grams, per-page shares, precision and recall averaged over pages',
    wirewatch: rounded(wirewatch),
    readability: rounded(readability),
    msPerPage: round(rows.reduce((s, r) => s + r.ms, 0) / Math.max(1, rows.length), 1),
    failed: rows.filter((r) => r.problem).map((r) => ({ page: r.name, problem: r.problem })),
    perPage: rows.map((r) => ({ page: r.name, wirewatch: f1Of(r.wirewatch), readability: f1Of(r.readability) })),
  }
  if (values.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
    return 0
  }
  const lines = [
    `Wirewatch HTML reader — ${rows.length} pages of ${positionals[0]} (${set.layout}), shingle F1 as the article-extraction benchmarks score it`,
    '',
    table(
      ['reader', 'precision', 'recall', 'F1'],
      [
        ['wirewatch read', num(wirewatch.precision, 3), num(wirewatch.recall, 3), num(wirewatch.f1, 3)],
        ['readability.js 0.6 over linkedom', num(readability.precision, 3), num(readability.recall, 3), num(readability.f1, 3)],
      ],
    ),
    '',
    `${num(result.msPerPage, 1)} ms per page; ${result.failed.length} pages gave no text${result.failed.length ? `: ${result.failed.map((f) => f.page).join(', ')}` : ''}`,
  ]
  if (values.pages) {
    lines.push('', table(['page', 'wirewatch F1', 'readability F1'], [...result.perPage].sort((a, b) => a.wirewatch - b.wirewatch).map((p) => [p.page, num(p.wirewatch, 3), num(p.readability, 3)])))
  }
  process.stdout.write(`${lines.join('\n')}\n`)
  return 0
}

function readabilityText(html: Uint8Array): string {
  try {
    const { document } = parseHTML(new TextDecoder().decode(html))
    // Readability's types want the DOM lib's Document; linkedom's is what it runs on here.
    return new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse()?.textContent ?? ''
  } catch {
    return ''
  }
}

function f1Of(c: ShingleCounts): number {
  return round(shingleScores([c]).f1, 3)
}

function rounded(s: { precision: number; recall: number; f1: number }) {
  return { precision: round(s.precision, 3), recall: round(s.recall, 3), f1: round(s.f1, 3) }
}

process.exitCode = main(process.argv.slice(2))
