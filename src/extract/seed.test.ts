// The seed brief from ../shared/seeds is the canonical input: what it must yield is spelled out in
// the core issue, and checked here against the real file.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Statement } from '../core/records.js'
import { extract } from './extract.js'

const SEED = new URL('../../../shared/seeds/000_1f2eece8fa9ed85a.txt', import.meta.url)
const text = readFileSync(SEED, 'utf8')
const doc = extract(text)
const by = (name: string) => doc.statements.filter((s) => s.speaker.name === name)
const joined = (s: Statement) => s.content.map((c) => c.text).join(' … ')

describe('the seed brief', () => {
  it('reads the date header and the Source: line', () => {
    expect(doc.date).toBe('2025-05-16')
    const outlets = doc.sources.map((c) => doc.entities.find((e) => e.id === c.outlet)!)
    expect(outlets.map((o) => o.name)).toEqual(['RIA Novosti', 'TASS', 'Vy slushali maiak'])
    for (const agency of outlets.slice(0, 2)) {
      expect(agency.kind).toBe('news agency')
      expect(agency.labels).toContain('Kremlin-aligned')
    }
    expect(doc.sources.slice(0, 2).map((c) => c.descriptor)).toEqual(['Kremlin-aligned', 'Kremlin-aligned'])
    const channel = outlets[2]!
    expect(channel.kind).toBe('telegram channel')
    expect(channel.translation).toBe('You Listened to the Lighthouse')
    expect(doc.sources[2]!.medium).toBe('video comments')
  })

  it('attributes the lead, the Details, both Quote: blocks and the NATO quote to Dmitry Peskov', () => {
    const peskov = by('Dmitry Peskov')
    expect(peskov.length).toBeGreaterThanOrEqual(7)
    for (const s of peskov) expect(s.speaker.role).toMatch(/spokesman/)
    const lead = peskov[0]!
    expect(lead.kind).toBe('mixed')
    expect(lead.cue?.text).toBe('has said')
    expect(joined(lead)).toContain('"necessary"')
    const quoteBlocks = peskov.filter((s) => s.cue === null)
    expect(quoteBlocks).toHaveLength(2)
    for (const q of quoteBlocks) expect(q.kind).toBe('direct')
    expect(joined(quoteBlocks[0]!)).toMatch(/^"The meeting at the highest level/)
    expect(joined(quoteBlocks[1]!)).toMatch(/^"This is how we view the situation\./)
    const mentions = peskov.flatMap((s) => s.speaker.mentions.map((m) => m.text))
    expect(mentions).toEqual(expect.arrayContaining(['Peskov', 'The Kremlin spokesman', 'he']))
    expect(peskov.some((s) => joined(s).startsWith('"It is difficult to talk about restoring partnership with NATO'))).toBe(true)
  })

  it('dates Trump’s statements, names Rubio with his role, and gives Putin none', () => {
    expect(by('Donald Trump').map((s) => s.date)).toEqual(['2025-05-15', '2025-05-16'])
    const rubio = by('Marco Rubio')
    expect(rubio).toHaveLength(1)
    expect(rubio[0]!.speaker.role).toBe('US Secretary of State')
    expect(by('Vladimir Putin')).toHaveLength(0)
  })

  it('keeps Putin as one entity with every form seen', () => {
    const putin = doc.entities.filter((e) => e.type === 'person' && e.name === 'Vladimir Putin')
    expect(putin).toHaveLength(1)
    expect(putin[0]!.aliases).toEqual(expect.arrayContaining(['Putin', 'Vladimir Putin', 'Kremlin leader Vladimir Putin', 'Russian ruler Vladimir Putin']))
  })

  it('points every span at the exact characters it came from', () => {
    const spans = doc.statements.flatMap((s) => [...s.content, ...s.speaker.mentions, ...(s.cue ? [s.cue] : [])])
    for (const span of [...spans, ...doc.entities.flatMap((e) => e.mentions), ...doc.sources.map((c) => c.span)]) {
      expect(text.slice(span.start, span.end)).toBe(span.text)
    }
  })
})
