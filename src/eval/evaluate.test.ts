import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Document, Statement } from '../core/records.js'
import { extract } from '../extract/extract.js'
import { type EvalReport, evaluatePolnear, formatEvalReport } from './evaluate.js'
import { ROLES } from './metrics.js'
import { type GoldDocument, loadPolnear } from './polnear.js'

/** ../shared sits beside the repository's root. */
const POLNEAR_DEV = fileURLToPath(new URL('../../../shared/polnear/dev', import.meta.url))

/** The gold attributions of an article, written as the statements an extractor would return. */
function goldAsPrediction(doc: GoldDocument): Document {
  const statements = doc.gold.attributions.map(
    (a, i): Statement => ({
      id: `${doc.name}#${i}`,
      kind: 'indirect',
      speaker: { name: null, mentions: a.source },
      cue: a.cue[0] ?? null,
      content: a.content,
      via: [],
      about: [],
      confidence: 1,
    }),
  )
  return { ...extract(doc.text, { lang: 'en' }), statements }
}

describe('evaluatePolnear with the gold annotations as predictions', () => {
  let report: EvalReport
  let gold: GoldDocument[]
  beforeAll(async () => {
    gold = await loadPolnear(POLNEAR_DEV)
    const byText = new Map(gold.map((d) => [d.text, goldAsPrediction(d)]))
    report = await evaluatePolnear(POLNEAR_DEV, { extractor: (text) => byText.get(text)! })
  })

  it('scores 100 on every role, exact and by token', () => {
    expect(report.documents).toBe(84)
    expect(report.failures).toEqual([])
    for (const role of ROLES) {
      expect(report.scores.exact[role].f1, role).toBe(1)
      expect(report.scores.token[role].f1, role).toBe(1)
    }
  })

  it('matches every gold statement that has a cue, each with the right speaker', () => {
    const withCue = gold.flatMap((d) => d.gold.attributions).filter((a) => a.cue.length > 0).length
    const all = gold.reduce((n, d) => n + d.gold.attributions.length, 0)
    expect(report.scores.statement).toMatchObject({ tp: withCue, gold: all, predicted: all })
    expect(report.scores.speaker.accuracy).toBe(1)
    // Gold without a cue cannot match by definition; dev has one (a bare trigger, E21).
    const missed = report.perDocument.flatMap((d) => d.missed)
    expect(missed).toHaveLength(all - withCue)
    expect(missed.every((m) => m.cue === '' && m.trigger !== undefined)).toBe(true)
    if (all === withCue) expect(report.scores.statement.f1).toBe(1)
  })

  it('writes a JSON-serialisable report and a table with the misses', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report)
    const table = formatEvalReport(report, { misses: true })
    expect(table).toMatch(/^source +100\.0 +100\.0 +100\.0 +100\.0 +100\.0 +100\.0/m)
    expect(table).toMatch(/speaker accuracy 100\.0/)
    expect(table).toMatch(/^ {2}missed {2}@3102 cue "" \(no cue; trigger "is drawing criticism"\)/m)
  })
})

describe('evaluatePolnear with other extractors', () => {
  it('scores an extractor that finds nothing, limited to a few articles', async () => {
    const findsNothing = (text: string) => ({ ...extract(''), text })
    const report = await evaluatePolnear(POLNEAR_DEV, { limit: 3, extractor: findsNothing })
    expect(report.documents).toBe(3)
    expect(report.scores.statement).toMatchObject({ tp: 0, predicted: 0, recall: 0, f1: 0 })
    expect(report.scores.statement.gold).toBeGreaterThan(0)
    const table = formatEvalReport(report)
    expect(table).toMatch(/^content +0\.0 +0\.0 +0\.0/m)
    expect(table).not.toMatch(/missed/)
    expect(formatEvalReport(report, { misses: true })).toMatch(/^ {2}missed {2}@\d+ cue "/m)
  })

  it('reports an article whose extraction throws and goes on', async () => {
    let calls = 0
    const report = await evaluatePolnear(POLNEAR_DEV, {
      limit: 2,
      extractor: (text, options) => {
        if (calls++ === 0) throw new Error('boom')
        return extract(text, options)
      },
    })
    expect(report.documents).toBe(1)
    expect(report.failures).toEqual([{ name: expect.any(String), message: 'boom' }])
    expect(formatEvalReport(report)).toMatch(/failed: .+: boom/)
  })
})
