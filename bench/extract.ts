// Throughput and peak memory of Wirewatch's extractor, on one core, against its own tokenizer
// (the floor) and compromise's quotation finder (the general-NLP alternative DESIGN.md rules
// out of the hot path). Run: npm run build && npm run bench [-- DIR] [--json] [--help]
import { readFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { join, resolve } from 'node:path'
import { extract } from '../src/extract/extract.js'
import { tokenize } from '../src/text/tokenizer.js'
import { CorpusError, defaultCorpusDir, loadCorpus, repoRoot, type CorpusDoc } from './lib/corpus.js'
import { mb, num, significant, table, times } from './lib/format.js'
import { measure, type Measurement } from './lib/measure.js'
import { collectGarbage, maxRssBytes } from './lib/memory.js'
import { parseOptions, USAGE, type BenchOptions, type StageName } from './lib/options.js'

type Work = (text: string) => number

/** The corpora of the other languages, beside PolNeAR's in ../shared. */
const LANGUAGE_CORPORA: Partial<Record<StageName, string>> = { 'extract-ru': 'factrueval/dev', 'extract-uk': 'ner-uk/dev' }

/** Per stage: what it does, and a function that does it once (null when unavailable). */
async function stageWork(name: StageName): Promise<{ label: string; work: Work | null; note?: string }> {
  switch (name) {
    case 'tokenize':
      return { label: 'tokenize(text)', work: (text) => tokenize(text).count }
    case 'extract':
      return { label: 'extract(text)', work: (text) => extract(text).statements.length }
    case 'extract-ru':
      return { label: 'extract(text), Russian', work: (text) => extract(text).statements.length }
    case 'extract-uk':
      return { label: 'extract(text), Ukrainian', work: (text) => extract(text).statements.length }
    case 'compromise': {
      let nlp: typeof import('compromise').default
      try {
        nlp = (await import('compromise')).default
      } catch (err) {
        return { label: 'compromise quotations()', work: null, note: `compromise not installed (${String(err)})` }
      }
      // Read each quotation's text out, as an extractor would.
      return { label: 'nlp(text).quotations()', work: (text) => nlp(text).quotations().out('array').length }
    }
  }
}

interface StageReport extends Omit<Measurement, 'peakHeapBytes' | 'maxRssBytes'> {
  label: string
  mb: number
  peakHeapMB: number
  maxRssMB: number
}

function report(label: string, m: Measurement): StageReport {
  const { peakHeapBytes, maxRssBytes: rss, ...rest } = m
  return {
    label,
    ...rest,
    seconds: round(m.seconds, 2),
    docsPerSecond: round(m.docsPerSecond, 1),
    mbPerSecond: round(m.mbPerSecond, 2),
    mb: mb(m.bytes, 2),
    peakHeapMB: mb(peakHeapBytes),
    maxRssMB: mb(rss),
  }
}

function ratio(a: StageReport | undefined, b: StageReport | undefined) {
  if (!a || !b) return null
  return {
    docsPerSecond: significant(a.docsPerSecond / b.docsPerSecond),
    mbPerSecond: significant(a.mbPerSecond / b.mbPerSecond),
  }
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits

async function main(argv: string[]): Promise<number> {
  let options: BenchOptions & { help: boolean }
  try {
    options = parseOptions(argv)
  } catch (err) {
    process.stderr.write(`wirewatch bench: ${(err as Error).message}\n\n${USAGE}\n`)
    return 2
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }

  const dir = resolve(options.dir ?? defaultCorpusDir(import.meta.url))
  let corpus: CorpusDoc[]
  try {
    corpus = loadCorpus(dir)
  } catch (err) {
    if (!(err instanceof CorpusError)) throw err
    process.stderr.write(
      `wirewatch bench: ${err.message}\n` +
        `  Put the PolNeAR train split at ../shared/polnear/train/text (beside the repository),\n` +
        `  or pass a folder of *.txt files: npm run bench -- DIR, or set WIREWATCH_BENCH_DIR.\n`,
    )
    return 2
  }
  if (options.limit > 0) corpus = corpus.slice(0, options.limit)

  const gcAvailable = collectGarbage()
  const baselineRss = maxRssBytes()
  const progress = (line: string) => process.stderr.write(`${line}\n`)
  const stages: Partial<Record<StageName, StageReport>> = {}
  const skipped: Record<string, string> = {}

  for (const name of options.stages) {
    const { label, work, note } = await stageWork(name)
    if (!work) {
      skipped[name] = note ?? 'unavailable'
      progress(`skipped ${name}: ${skipped[name]}`)
      continue
    }
    // compromise is ~100x slower: it reads a fixed subset, the first documents by name. Russian and
    // Ukrainian read their own news: factRuEval and ner-uk dev beside PolNeAR.
    const other = LANGUAGE_CORPORA[name]
    let docs = name === 'compromise' ? corpus.slice(0, options.compromiseDocs) : corpus
    if (other) {
      try {
        docs = loadCorpus(resolve(defaultCorpusDir(import.meta.url), '..', '..', '..', other))
      } catch (err) {
        skipped[name] = err instanceof Error ? err.message : String(err)
        progress(`skipped ${name}: ${skipped[name]}`)
        continue
      }
    }
    progress(`measuring ${label} over ${docs.length} docs (warm-up + ≥${options.minSeconds} s)…`)
    stages[name] = report(label, measure(docs, options.minSeconds, work))
  }
  // The fair comparison: extract over exactly the documents compromise read.
  let extractOnCompromiseDocs: StageReport | undefined
  if (stages.compromise && stages.extract) {
    const { work } = await stageWork('extract')
    const docs = corpus.slice(0, options.compromiseDocs)
    progress(`measuring extract over the same ${docs.length} docs as compromise…`)
    extractOnCompromiseDocs = report('extract (compromise docs)', measure(docs, options.minSeconds, work!))
  }

  const pkg = JSON.parse(readFileSync(join(repoRoot(import.meta.url), 'package.json'), 'utf8')) as { version: string }
  const corpusBytes = corpus.reduce((s, d) => s + d.bytes, 0)
  const result = {
    tool: 'wirewatch-bench',
    version: pkg.version,
    when: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    settings: { minSeconds: options.minSeconds, compromiseDocs: options.compromiseDocs, gc: gcAvailable, cores: 1 },
    corpus: { dir, docs: corpus.length, bytes: corpusBytes, mb: mb(corpusBytes, 2) },
    stages,
    extractOnCompromiseDocs,
    skipped,
    /** a ÷ b of throughput: "extract is N× faster than compromise", "tokenize is N× faster than extract". */
    ratios: {
      extractVsCompromise: ratio(stages.extract, stages.compromise),
      /** The same documents on both sides: the figure to quote. */
      extractVsCompromiseSameDocs: ratio(extractOnCompromiseDocs, stages.compromise),
      tokenizeVsExtract: ratio(stages.tokenize, stages.extract),
    },
    memory: {
      baselineRssMB: mb(baselineRss),
      maxRssMB: mb(maxRssBytes()),
      peakHeapMB: Math.max(0, ...Object.values(stages).map((s) => s.peakHeapMB)),
    },
  }

  if (options.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
    return 0
  }

  const rows = Object.entries(stages).map(([name, s]) => [
    name,
    num(s.docs),
    num(s.mb, 2),
    num(s.passes),
    num(s.seconds, 2),
    num(s.docsPerSecond, s.docsPerSecond < 100 ? 1 : 0),
    num(s.mbPerSecond, 2),
    num(s.peakHeapMB, 1),
    num(s.maxRssMB, 1),
    num(s.output),
  ])
  const lines = [
    `Wirewatch ${result.version} bench — ${result.corpus.docs} docs, ${num(result.corpus.mb, 2)} MB UTF-8 from ${dir}`,
    `${result.node} on ${result.platform}, ${result.cpu}; one core; warm-up + ≥${options.minSeconds} s per stage${gcAvailable ? '' : ' (no --expose-gc: heap figures include garbage)'}`,
    '',
    table(['stage', 'docs', 'MB', 'passes', 'secs', 'docs/s', 'MB/s', 'heap MB', 'max RSS MB', 'output/pass'], rows),
    '',
  ]
  const r = result.ratios
  if (r.extractVsCompromiseSameDocs && extractOnCompromiseDocs) {
    lines.push(
      `extract vs compromise on the same ${stages.compromise!.docs} docs: ${times(r.extractVsCompromiseSameDocs.docsPerSecond)} (extract ${num(extractOnCompromiseDocs.docsPerSecond, 0)} docs/s there)`,
    )
  }
  if (r.extractVsCompromise) {
    lines.push(`extract (all docs) vs compromise:  ${times(r.extractVsCompromise.mbPerSecond)} by MB/s, ${times(r.extractVsCompromise.docsPerSecond)} by docs/s`)
  }
  for (const lang of ['ru', 'uk'] as const) {
    const s = stages[`extract-${lang}`]
    if (s && stages.extract) lines.push(`extract ${lang} vs en: ${num(s.mbPerSecond / stages.extract.mbPerSecond, 2)} of English's MB/s (${num(s.docs)} docs, ${num(s.mb, 2)} MB)`)
  }
  if (r.tokenizeVsExtract) {
    lines.push(`tokenize vs extract:    ${times(r.tokenizeVsExtract.mbPerSecond)} by MB/s (extract costs that many tokenizer passes)`)
  }
  if (stages.extract && stages.extract.output === 0) {
    lines.push('note: extract found no statements in the corpus — is the pipeline still the placeholder?')
  }
  for (const [name, why] of Object.entries(skipped)) lines.push(`skipped ${name}: ${why}`)
  lines.push(
    `memory: max RSS ${num(result.memory.maxRssMB, 1)} MB (${num(result.memory.baselineRssMB, 1)} MB after loading), peak heap used ${num(result.memory.peakHeapMB, 1)} MB`,
    'MB = 10^6 bytes. max RSS is cumulative over the run; heap MB is the peak seen during each stage.',
    'output/pass: tokens, statements, quotations found in one pass.',
  )
  process.stdout.write(`${lines.join('\n')}\n`)
  return 0
}

process.exitCode = await main(process.argv.slice(2))
