// Runs an extractor over a folder in the PolNeAR layout and scores it (DESIGN.md, "The metrics"),
// speaker names included where the gold names its speakers; the report is plain data, so the CLI
// can print it as a table or as JSON.

import { resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { Document } from '../core/records.js'
import { extract } from '../extract/extract.js'
import {
  type DocumentScore,
  ROLES,
  type Prf,
  type Scores,
  type StatementSummary,
  type WrongName,
  scoreDocument,
  summarise,
} from './metrics.js'
import { loadPolnear } from './polnear.js'

/** `lang` is set only when the caller of evaluatePolnear names the folder's language. */
export type Extractor = (text: string, options: { date?: string; lang?: string }) => Document

export interface EvalOptions {
  /** Score only the first `limit` articles (in name order). */
  limit?: number
  /** The language of every article; by default the extractor identifies each one's. */
  lang?: string
  /** Defaults to the library's `extract`. */
  extractor?: Extractor
}

export interface DocumentReport extends DocumentScore {
  annotator: string
}

export interface EvalFailure {
  name: string
  message: string
}

export interface EvalReport {
  /** The split's folder, resolved. */
  corpus: string
  documents: number
  /** How many scored articles the extractor read in each language (its Document's `lang`). */
  languages: Record<string, number>
  scores: Scores
  perDocument: DocumentReport[]
  /** Articles whose extraction or scoring threw; they are left out of the scores. */
  failures: EvalFailure[]
  /** Time spent in the extractor alone. */
  extractMs: number
  /** Loading, extraction and scoring. */
  elapsedMs: number
}

const extractAny: Extractor = (text, options) => extract(text, options)

export async function evaluatePolnear(dir: string, options: EvalOptions = {}): Promise<EvalReport> {
  const started = performance.now()
  const extractor = options.extractor ?? extractAny
  const documents = await loadPolnear(dir, options.limit === undefined ? {} : { limit: options.limit })

  const perDocument: DocumentReport[] = []
  const failures: EvalFailure[] = []
  const languages: Record<string, number> = {}
  let extractMs = 0
  for (const gold of documents) {
    try {
      const t0 = performance.now()
      const predicted = extractor(gold.text, {
        ...(gold.date ? { date: gold.date } : {}),
        ...(options.lang ? { lang: options.lang } : {}),
      })
      extractMs += performance.now() - t0
      perDocument.push({ ...scoreDocument(gold, predicted), annotator: gold.annotator })
      languages[predicted.lang] = (languages[predicted.lang] ?? 0) + 1
    } catch (error) {
      // One bad article never stops the run; the report says which one failed.
      failures.push({ name: gold.name, message: error instanceof Error ? error.message : String(error) })
    }
  }
  return {
    corpus: resolve(dir),
    documents: perDocument.length,
    languages,
    scores: summarise(perDocument),
    perDocument,
    failures,
    extractMs: Math.round(extractMs),
    elapsedMs: Math.round(performance.now() - started),
  }
}

/** A readable table of the scores; with `misses`, what each article missed and invented. */
export function formatEvalReport(report: EvalReport, options: { misses?: boolean } = {}): string {
  const { scores } = report
  const lines = [
    `PolNeAR ${report.corpus}`,
    `${report.documents} documents, language ${languageList(report.languages)}, ${report.elapsedMs} ms (extraction ${report.extractMs} ms)`,
    '',
    row(['role', 'exact P', 'exact R', 'exact F1', 'token P', 'token R', 'token F1', 'gold', 'predicted']),
  ]
  for (const role of ROLES) {
    const exact = scores.exact[role]
    lines.push(
      row([role, ...percents(exact), ...percents(scores.token[role]), String(exact.gold), String(exact.predicted)]),
    )
  }
  const s = scores.statement
  const speaker = scores.speaker
  const names = scores.speakerName
  lines.push(
    '',
    row(['statement', 'P', 'R', 'F1', 'matched', 'gold', 'predicted']),
    row(['', ...percents(s), String(s.tp), String(s.gold), String(s.predicted)]),
    '',
    `speaker accuracy ${percent(speaker.accuracy)} (${speaker.correct} of ${speaker.matched} matched statements)`,
    names.named > 0
      ? `speaker-name accuracy ${percent(names.accuracy)} (${names.correct} of ${names.named} matched statements with a named gold speaker)`
      : 'speaker-name accuracy n/a (no matched statement has a named gold speaker)',
  )
  for (const failure of report.failures) lines.push(`failed: ${failure.name}: ${failure.message}`)
  if (options.misses) lines.push(...formatMisses(report.perDocument))
  return `${lines.join('\n')}\n`
}

function formatMisses(documents: readonly DocumentReport[]): string[] {
  const lines: string[] = []
  for (const d of documents) {
    if (d.missed.length === 0 && d.spurious.length === 0 && d.wrongNames.length === 0) continue
    lines.push(
      '',
      `${d.name} (${d.annotator}): ${d.missed.length} missed, ${d.spurious.length} false positives, ${d.wrongNames.length} wrong speaker names`,
    )
    for (const m of d.missed) lines.push(`  missed  ${describe(m)}`)
    for (const p of d.spurious) lines.push(`  false+  ${describe(p)}`)
    for (const w of d.wrongNames) lines.push(`  name    ${describeName(w)}`)
  }
  return lines
}

function describeName(w: WrongName): string {
  const oneLine = (t: string) => JSON.stringify(t.replace(/\s+/g, ' '))
  const predicted = w.predicted === null ? 'no name' : oneLine(w.predicted)
  return `@${w.at} cue ${oneLine(w.cue)} source ${oneLine(w.source)}: gold ${oneLine(w.gold)}, predicted ${predicted}`
}

/** { en: 84 } → "en"; { ru: 24, en: 1 } → "ru 24, en 1" (most first). */
function languageList(languages: Record<string, number>): string {
  const entries = Object.entries(languages).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  if (entries.length === 0) return 'none'
  if (entries.length === 1) return entries[0]![0]
  return entries.map(([lang, n]) => `${lang} ${n}`).join(', ')
}

function describe(s: StatementSummary): string {
  const oneLine = (t: string) => JSON.stringify(t.replace(/\s+/g, ' '))
  const trigger = s.trigger === undefined ? '' : ` (no cue; trigger ${oneLine(s.trigger)})`
  return `@${s.at} cue ${oneLine(s.cue)}${trigger} source ${oneLine(s.source)} content ${oneLine(s.content)}`
}

function percents(p: Prf): [string, string, string] {
  return [percent(p.precision), percent(p.recall), percent(p.f1)]
}

function percent(fraction: number): string {
  const shown = (fraction * 100).toFixed(1)
  // 2192 of 2193 is not a perfect score: never round up to one.
  return shown === '100.0' && fraction < 1 ? '99.9' : shown
}

function row(cells: readonly string[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(10) : c.padStart(9))).join(' ').trimEnd()
}
