// Quality floors on PolNeAR dev: the figures reached, minus a small margin. Raise them as quality
// improves; never lower them to make a change pass.
import { describe, expect, it } from 'vitest'
import { evaluatePolnear } from './evaluate.js'

const DEV = new URL('../../../shared/polnear/dev', import.meta.url).pathname

// Percentages; measured 2026-11-25: source 65.9, cue 65.3, content 54.9, statement 68.0, speaker 95.7.
// The core issue's minimum is source 60, cue 65, content 45, statement 65, speaker 80.
const FLOORS = { source: 65, cue: 65, content: 54, statement: 67, speaker: 94.5 }

describe('PolNeAR dev quality floors', () => {
  it('stays at or above the exact F1, statement F1 and speaker accuracy reached', async () => {
    const { scores } = await evaluatePolnear(DEV)
    const pct = (x: number) => Math.round(x * 1000) / 10
    const reached = {
      source: pct(scores.exact.source.f1),
      cue: pct(scores.exact.cue.f1),
      content: pct(scores.exact.content.f1),
      statement: pct(scores.statement.f1),
      speaker: pct(scores.speaker.accuracy),
    }
    for (const [metric, floor] of Object.entries(FLOORS)) {
      expect(reached[metric as keyof typeof reached], metric).toBeGreaterThanOrEqual(floor)
    }
  })
})
