// The project's own fictional sample briefs (samples/briefs), against the expectations written by
// hand in samples/README.md.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.js'

function load(name: string) {
  const doc = extract(readFileSync(new URL(`../../samples/briefs/${name}.txt`, import.meta.url), 'utf8'))
  const by = (speaker: string) => doc.statements.filter((s) => s.speaker.name === speaker)
  return { doc, by }
}

describe('samples/briefs', () => {
  it('harbor-talks: the spokesman, his Quote: blocks, and the background speakers with their dates', () => {
    const { doc, by } = load('harbor-talks')
    expect(doc.statements.every((s) => s.speaker.name !== null)).toBe(true)
    expect(by('Tomas Reivik').length).toBeGreaterThanOrEqual(9)
    expect(by('Tomas Reivik').filter((s) => s.cue === null).map((s) => s.kind)).toEqual(['direct', 'direct'])
    expect(by('Edvin Marrow').map((s) => s.date)).toEqual(['2026-03-12', '2026-03-13'])
    expect(by('Aurel Danecki').map((s) => s.speaker.role)).toEqual(['Telvarian Foreign Minister'])
    expect(doc.sources.map((c) => doc.entities.find((e) => e.id === c.outlet)?.name)).toEqual(['Meridian Press', 'Valdoria Wire Service', 'Kaal Meriva'])
  })

  it('grain-corridor: a split quote is one statement, and "was asked" is not a statement', () => {
    const { doc, by } = load('grain-corridor')
    expect(by('Ilsa Varga').length).toBeGreaterThanOrEqual(8)
    const split = by('Ilsa Varga').find((s) => s.content.length === 2)
    expect(split?.kind).toBe('direct')
    expect(doc.statements.some((s) => s.cue?.text.includes('asked about'))).toBe(false)
    expect(by('Juno Halder').map((s) => s.date)).toEqual(['2026-04-16', '2026-04-17'])
    expect(by('Rasa Kellen')).toHaveLength(2)
    expect(by('Teodor Vask')).toHaveLength(1)
  })

  it('vennet-protest: an organisation speaks, through "the ministry" and "It" too', () => {
    const { doc, by } = load('vennet-protest')
    expect(by('Kestran Ministry of Foreign Affairs').length).toBeGreaterThanOrEqual(6)
    expect(by('Lenna Corvish')).toHaveLength(4)
    expect(by('Henrik Sollas').map((s) => s.date)).toEqual(['2026-06-04'])
    expect(by('Valdorian Foreign Ministry')).toHaveLength(1)
    expect(doc.statements.filter((s) => s.speaker.name === null)).toEqual([])
  })
})
