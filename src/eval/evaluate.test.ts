import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Document, Statement } from '../core/records.js'
import { extract } from '../extract/extract.js'
import { ENGLISH_TEXT, RUSSIAN_TEXT, writeFixtureCorpora } from './eval-fixtures.js'
import { type EvalReport, type Extractor, evaluatePolnear, formatEvalReport } from './evaluate.js'
import { ROLES } from './metrics.js'
import { type GoldDocument, loadPolnear } from './polnear.js'

/** ../shared sits beside the repository's root. */
const POLNEAR_DEV = fileURLToPath(new URL('../../../shared/polnear/dev', import.meta.url))
const PRESENT = existsSync(POLNEAR_DEV)
const ABSENT = PRESENT ? '' : ' (skipped: ../shared/polnear/dev is not here)'

/** The gold attributions of an article, written as the statements an extractor would return. */
function goldAsPrediction(doc: GoldDocument): Document {
  const statements = doc.gold.attributions.map(
    (a, i): Statement => ({
      id: `${doc.name}#${i}`,
      kind: 'indirect',
      speaker: { name: a.sourceNote === '?' ? null : (a.sourceNote ?? null), mentions: a.source },
      cue: a.cue[0] ?? null,
      content: a.content,
      via: [],
      about: [],
      confidence: 1,
    }),
  )
  return { ...extract(doc.text, { lang: 'en' }), statements }
}

describe.skipIf(!PRESENT)(`evaluatePolnear with the gold annotations as predictions${ABSENT}`, () => {
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
    // Every matched statement with a named gold speaker, named by the gold's own name.
    expect(report.scores.speakerName.accuracy).toBe(1)
    expect(report.scores.speakerName.named).toBeGreaterThan(1000)
    expect(report.perDocument.flatMap((d) => d.wrongNames)).toEqual([])
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
    expect(table).toMatch(/^speaker-name accuracy 100\.0 \(\d+ of \d+ matched statements with a named gold speaker\)$/m)
    expect(table).toMatch(/^84 documents, language en, /m)
    expect(table).toMatch(/^ {2}missed {2}@3102 cue "" \(no cue; trigger "is drawing criticism"\)/m)
  })
})

describe.skipIf(!PRESENT)(`evaluatePolnear with other extractors${ABSENT}`, () => {
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

describe('evaluatePolnear on fictional folders in the PolNeAR layout', () => {
  let dir: string
  let en: string
  let ru: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wirewatch-eval-'))
    ;({ en, ru } = await writeFixtureCorpora(dir))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('scores English speaker names from speaker-names/, `?` left out', async () => {
    const gold = (await loadPolnear(en))[0]!
    const names = ['Varga', 'Minister Ilsa Varga', 'Port Authority', 'Someone']
    const report = await evaluatePolnear(en, { extractor: scripted(gold, names) })
    expect(report.scores.statement).toMatchObject({ tp: 4, gold: 4, predicted: 4 })
    // The fourth speaker is `?`: not counted; "Port Authority" has the surname of "Velmora Port Authority".
    expect(report.scores.speakerName).toEqual({ correct: 3, named: 3, accuracy: 1 })
    const wrong = await evaluatePolnear(en, { extractor: scripted(gold, ['Ilsa', null, 'Velmora Port Authority', null]) })
    expect(wrong.scores.speakerName).toMatchObject({ correct: 1, named: 3 })
    const table = formatEvalReport(wrong, { misses: true })
    expect(table).toMatch(/^speaker-name accuracy 33\.3 \(1 of 3 matched statements with a named gold speaker\)$/m)
    expect(table).toMatch(/^varga-harbor \(a1b2\): 0 missed, 0 false positives, 2 wrong speaker names$/m)
    const at = (word: string) => ENGLISH_TEXT.indexOf(word)
    expect(table).toContain(`  name    @${at('said')} cue "said" source "Ilsa Varga": gold "Ilsa Varga", predicted "Ilsa"`)
    expect(table).toContain(`  name    @${at('added')} cue "added" source "she": gold "Ilsa Varga", predicted no name`)
    expect(JSON.parse(JSON.stringify(wrong)).perDocument[0].wrongNames).toHaveLength(2)
  })

  it('scores Russian speaker names from AnnotatorNotes, script-blind', async () => {
    const gold = (await loadPolnear(ru))[0]!
    const report = await evaluatePolnear(ru, { extractor: scripted(gold, ['Ilsa Varga', 'Варга', 'Tomas']) })
    expect(report.scores.statement.f1).toBe(1)
    expect(report.scores.speakerName).toMatchObject({ correct: 2, named: 3 })
    expect(report.perDocument[0]?.wrongNames).toEqual([
      { at: RUSSIAN_TEXT.indexOf('По словам'), cue: 'По словам', source: 'Томаса Рейвика', gold: 'Томас Рейвик', predicted: 'Tomas' },
    ])
    const right = await evaluatePolnear(ru, { extractor: scripted(gold, ['Varga', 'ВАРГА', 'Reyvik']) })
    expect(right.scores.speakerName.accuracy).toBe(1)
  })

  it('lets the extractor identify each article’s language, unless told it', async () => {
    const seen: (string | undefined)[] = []
    const spy: Extractor = (text, options) => {
      seen.push(options.lang)
      return extract(text, options)
    }
    const english = await evaluatePolnear(en, { extractor: spy })
    const russian = await evaluatePolnear(ru, { extractor: spy })
    expect(seen).toEqual([undefined, undefined])
    expect(english.languages).toEqual({ en: 1 })
    expect(russian.languages).toEqual({ ru: 1 })
    expect(formatEvalReport(russian)).toMatch(/^1 documents, language ru, /m)
    const told = await evaluatePolnear(ru, { lang: 'en', extractor: spy })
    expect(seen[2]).toBe('en')
    expect(told.languages).toEqual({ en: 1 })
    // The default extractor: the library's own.
    const own = await evaluatePolnear(en)
    expect(own.languages).toEqual({ en: 1 })
    expect(own.scores.speakerName.named).toBeGreaterThan(0)
  })

  it('says n/a for speaker-name accuracy when no matched gold speaker is named', async () => {
    const findsNothing: Extractor = (text) => ({ ...extract(''), text })
    const report = await evaluatePolnear(en, { extractor: findsNothing })
    expect(report.scores.speakerName).toEqual({ correct: 0, named: 0, accuracy: 0 })
    expect(formatEvalReport(report)).toMatch(/^speaker-name accuracy n\/a /m)
  })
})

/** An extractor that returns `gold`'s attributions as statements, its speakers named `names`. */
function scripted(gold: GoldDocument, names: readonly (string | null)[]): Extractor {
  return (text, options) => {
    const doc = extract(text, options)
    const statements = gold.gold.attributions.map(
      (a, i): Statement => ({
        id: `${gold.name}#${i}`,
        kind: 'indirect',
        speaker: { name: names[i] ?? null, mentions: a.source },
        cue: a.cue[0] ?? null,
        content: a.content,
        via: [],
        about: [],
        confidence: 1,
      }),
    )
    return { ...doc, statements }
  }
}
