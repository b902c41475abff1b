// Quality floors on PolNeAR dev: the figures reached, minus a small margin. Raise them as quality
// improves; never lower them to make a change pass. The Russian and Ukrainian dev sets have floors
// of their own (measured 2026-12-07 with src/extract/slavic/), far from the targets still.
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { evaluatePolnear } from './evaluate.js'
import { scoreFactRuEval, scoreNerUk } from './people.js'

const SHARED = new URL('../../../shared/', import.meta.url).pathname
const DEV = `${SHARED}polnear/dev`
const PRESENT = ['polnear/dev', 'attribution-ru/dev', 'attribution-uk/dev'].every((d) => existsSync(SHARED + d))
const ABSENT = PRESENT ? '' : ' (skipped: the evaluation sets in ../shared are not here)'

// Percentages; measured 2026-11-25: source 65.9, cue 65.3, content 54.9, statement 68.0, speaker 95.7;
// speaker name measured 2026-12-07: 69.4 (766 of 1,103).
// The core issue's minimum is source 60, cue 65, content 45, statement 65, speaker 80.
const FLOORS = { source: 65, cue: 65, content: 54, statement: 67, speaker: 94.5, speakerName: 68.5 }

describe.skipIf(!PRESENT)(`PolNeAR dev quality floors${ABSENT}`, () => {
  it('stays at or above the exact F1, statement F1, speaker and speaker-name accuracy reached', async () => {
    const { scores } = await evaluatePolnear(DEV)
    const pct = (x: number) => Math.round(x * 1000) / 10
    const reached = {
      source: pct(scores.exact.source.f1),
      cue: pct(scores.exact.cue.f1),
      content: pct(scores.exact.content.f1),
      statement: pct(scores.statement.f1),
      speaker: pct(scores.speaker.accuracy),
      speakerName: pct(scores.speakerName.accuracy),
    }
    for (const [metric, floor] of Object.entries(FLOORS)) {
      expect(reached[metric as keyof typeof reached], metric).toBeGreaterThanOrEqual(floor)
    }
  })
})

describe.skipIf(!PRESENT)(`the Russian and Ukrainian dev sets${ABSENT}`, () => {
  it.each([
    ['attribution-ru/dev', 'ru', 25, 220],
    ['attribution-uk/dev', 'uk', 15, 71],
  ])('%s loads and is scored, each article read as %s', async (dir, lang, articles, attributions) => {
    const report = await evaluatePolnear(SHARED + dir)
    expect(report.failures).toEqual([])
    expect(report.documents).toBe(articles)
    expect(report.languages).toEqual({ [lang]: articles })
    expect(report.scores.statement.gold).toBe(attributions)
    // Gold speaker names come from AnnotatorNotes; whether any is counted depends on matches.
    expect(report.scores.speakerName.named).toBeLessThanOrEqual(report.scores.speaker.matched)
  })

  // Measured 2026-12-08 — ru: statement 79.7, speaker 96.4, speaker name 81.1, exact cue 80.2,
  // content token 85.1; uk: statement 80.0, speaker 90.7, speaker name 71.1 (32 of 45), exact cue
  // 70.5, content token 86.5. Targets (issue 14): statement 75, speaker 90, speaker name 85, cue 70,
  // content token 75.
  it.each([
    ['attribution-ru/dev', { statement: 78.5, speaker: 95, speakerName: 79.5, cue: 79, contentTokens: 83.5 }],
    ['attribution-uk/dev', { statement: 78.5, speaker: 89, speakerName: 69.5, cue: 69, contentTokens: 84 }],
  ])('%s stays at or above the floors reached', async (dir, floors) => {
    const { scores } = await evaluatePolnear(SHARED + dir)
    const pct = (x: number) => Math.round(x * 1000) / 10
    const reached = {
      statement: pct(scores.statement.f1),
      speaker: pct(scores.speaker.accuracy),
      speakerName: pct(scores.speakerName.accuracy),
      cue: pct(scores.exact.cue.f1),
      contentTokens: pct(scores.token.content.f1),
    }
    for (const [metric, floor] of Object.entries(floors)) expect(reached[metric as keyof typeof reached], metric).toBeGreaterThanOrEqual(floor)
  })
})

const PEOPLE_SETS = ['factrueval/dev', 'ner-uk/dev'].every((d) => existsSync(SHARED + d))

// People in Russian and Ukrainian text (src/eval/people.ts). Measured 2026-12-08: factRuEval dev
// person mentions recognised 88.4% (655 of 741), precision 95.1 (656 of 690), normalised to the
// gold nominative surname 89.3% (565 of 633: more than the morning's 425 of 467, but the names now
// found are foreign ones, harder to put in the nominative, so the share fell from 91.0); ner-uk
// dev person F1 59.3 (recall 46.0, precision 83.7). Targets (issue 14): factRuEval 90 and 90, ner-uk F1 85.
describe.skipIf(!PEOPLE_SETS)(`people in Russian and Ukrainian text${PEOPLE_SETS ? '' : ' (skipped: factrueval or ner-uk missing)'}`, () => {
  it('finds and normalises at least as many people as it did', () => {
    const ru = scoreFactRuEval(SHARED + 'factrueval/dev')
    expect((100 * ru.recognised) / ru.gold).toBeGreaterThanOrEqual(87)
    expect((100 * ru.correct) / ru.predicted).toBeGreaterThanOrEqual(93.5)
    expect((100 * ru.normalised) / ru.withSurname).toBeGreaterThanOrEqual(88)
    expect(ru.normalised).toBeGreaterThanOrEqual(555)
    const uk = scoreNerUk(SHARED + 'ner-uk/dev')
    const p = uk.correct / uk.predicted
    const r = uk.recognised / uk.gold
    expect((200 * p * r) / (p + r)).toBeGreaterThanOrEqual(57.5)
  })
})
