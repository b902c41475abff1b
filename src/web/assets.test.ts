// The browser modules' pure parts, in Node: which stretch of text shows a statement's evidence,
// how a brief's fields are read, and the graph's layout. (The pages themselves are tested in a
// real browser: e2e.test.ts.) The modules are plain JavaScript, typed through JSDoc and checked
// by tsconfig.web.json; here they are imported by a path tsc does not follow, and typed below.

import { describe, expect, it } from 'vitest'
import type { Span, Statement } from '../index.js'

interface Evidence {
  sentenceStart(text: string, pos: number): number
  sentenceEnd(text: string, pos: number): number
  excerptRange(text: string, s: Statement): { from: number; to: number; far: Span[] }
}
interface Sentence {
  text: string
  statements: string[]
  paragraph?: number
}
interface Brief {
  sentences(value: unknown): Sentence[]
  paragraphs(value: unknown): Sentence[][]
  body(details: unknown, quotes: unknown): { label: string; sentences: Sentence[] }[]
}
interface GraphNode {
  id: string
  x: number
  y: number
  r: number
  fx: number
  fy: number
}
interface Graph {
  layout(nodes: GraphNode[], edges: { from: string; to: string; n: number }[], width: number, height: number): void
}

const load = <T>(name: string): Promise<T> => import(/* @vite-ignore */ new URL(`./assets/${name}`, import.meta.url).href) as Promise<T>
const evidence = await load<Evidence>('evidence.js')
const brief = await load<Brief>('page-brief.js')
const graph = await load<Graph>('page-graph.js')

function span(text: string, part: string, from = 0): Span {
  const start = text.indexOf(part, from)
  if (start < 0) throw new Error(`"${part}" is not in the text`)
  return { start, end: start + part.length, text: part }
}

function statement(text: string, parts: { source: string[]; cue?: string; content: string[] }): Statement {
  return {
    id: 'd:s1',
    kind: 'indirect',
    speaker: { name: 'Veska Morrandt', mentions: parts.source.map((p) => span(text, p)) },
    cue: parts.cue ? span(text, parts.cue) : null,
    content: parts.content.map((p) => span(text, p)),
    via: [],
    about: [],
    confidence: 0.9,
  }
}

describe('the evidence excerpt', () => {
  const text =
    'The ferry line closed in January. Veska Morrandt, the foreign minister, said on Monday that talks are necessary. ' +
    'Nobody else spoke.\n\nShe added that the pier "must stay open." Then the meeting ended.'

  it('is the sentence of the cue and content, with the speaker named in it', () => {
    const s = statement(text, { source: ['Veska Morrandt, the foreign minister,'], cue: 'said', content: ['talks are necessary'] })
    const { from, to, far } = evidence.excerptRange(text, s)
    expect(text.slice(from, to)).toBe('Veska Morrandt, the foreign minister, said on Monday that talks are necessary.')
    expect(far).toEqual([])
  })

  it('reaches back to a speaker named close by, and stops at a paragraph', () => {
    const s = statement(text, { source: ['Veska Morrandt'], cue: 'added', content: ['the pier "must stay open."'] })
    const { from, to } = evidence.excerptRange(text, s)
    expect(text.slice(from, to)).toBe(
      'Veska Morrandt, the foreign minister, said on Monday that talks are necessary. Nobody else spoke.\n\nShe added that the pier "must stay open."',
    )
  })

  it('keeps a speaker named far away apart', () => {
    const long = `Veska Morrandt spoke first. ${'Filler words of no account. '.repeat(30)}Quote: "We will sail."`
    const s = statement(long, { source: ['Veska Morrandt'], content: ['"We will sail."'] })
    const { from, to, far } = evidence.excerptRange(long, s)
    expect(long.slice(from, to)).toBe('Quote: "We will sail."')
    expect(far.map((m) => m.text)).toEqual(['Veska Morrandt'])
  })

  it('cuts a sentence too long to show whole at a word, within reach', () => {
    const long = `${'word '.repeat(300)}said the minister.`
    const at = long.indexOf('said')
    const start = evidence.sentenceStart(long, at)
    expect(at - start).toBeLessThanOrEqual(600)
    expect(long[start - 1]).toBe(' ')
    expect(evidence.sentenceEnd(long, at)).toBe(long.length)
  })
})

describe("a brief's fields", () => {
  it('are read as sentences with the statements they rest on, whatever their shape', () => {
    expect(brief.sentences({ text: 'A said B.', statements: ['d:s1'] })).toEqual([{ text: 'A said B.', statements: ['d:s1'] }])
    expect(brief.sentences('Plain text.')).toEqual([{ text: 'Plain text.', statements: [] }])
    expect(brief.sentences({ sentences: [{ text: 'One.', statements: [] }, { text: 'Two.', statements: ['x'] }] }).map((s) => s.text)).toEqual(['One.', 'Two.'])
    expect(brief.sentences(null)).toEqual([])
    expect(brief.sentences({ nothing: true })).toEqual([])
  })

  it('make paragraphs: one a sentence, or one a list of sentences', () => {
    expect(brief.paragraphs([{ text: 'One.', statements: [] }, { text: 'Two.', statements: [] }]).map((p) => p.length)).toEqual([1, 1])
    expect(brief.paragraphs([[{ text: 'One.', statements: [] }, { text: 'Two.', statements: [] }], []]).map((p) => p.length)).toEqual([2])
    expect(brief.paragraphs(undefined)).toEqual([])
  })

  it('group sentences by the paragraph they give, and put Quote: blocks among the details in order', () => {
    const s = (text: string, paragraph: number) => ({ text, statements: [], paragraph })
    const details = [s('D1a.', 0), s('D1b.', 0), s('D2.', 2)]
    const quotes = [s('"Q1."', 1), s('"Q2."', 3)]
    expect(brief.paragraphs(details).map((p) => p.map((x) => x.text))).toEqual([['D1a.', 'D1b.'], ['D2.']])
    expect(brief.body(details, quotes).map((p) => [p.label, p.sentences.map((x) => x.text).join(' ')])).toEqual([
      ['Details:', 'D1a. D1b.'],
      ['Quote:', '"Q1."'],
      ['', 'D2.'],
      ['Quote:', '"Q2."'],
    ])
    // Without paragraph numbers: the details, then the quotes.
    expect(brief.body(['D.'], ['"Q."']).map((p) => p.label)).toEqual(['Details:', 'Quote:'])
  })
})

describe("the graph's layout", () => {
  const nodes = (): GraphNode[] => ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, x: 0, y: 0, r: 8, fx: 0, fy: 0 }))
  const edges = [
    { from: 'a', to: 'b', n: 3 },
    { from: 'b', to: 'a', n: 1 },
    { from: 'c', to: 'a', n: 2 },
  ]

  it('is the same every time, inside the picture, with no two people on one spot', () => {
    const first = nodes()
    const second = nodes()
    graph.layout(first, edges, 800, 500)
    graph.layout(second, edges, 800, 500)
    expect(second).toEqual(first)
    for (const n of first) {
      expect(n.x).toBeGreaterThan(0)
      expect(n.x).toBeLessThan(800)
      expect(n.y).toBeGreaterThan(0)
      expect(n.y).toBeLessThan(500)
    }
    for (const [i, p] of first.entries()) for (const q of first.slice(i + 1)) expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThan(30)
    // Who speaks about whom stands closer than who does not.
    const at = new Map(first.map((n) => [n.id, n]))
    const dist = (u: string, v: string) => Math.hypot(at.get(u)!.x - at.get(v)!.x, at.get(u)!.y - at.get(v)!.y)
    expect(dist('a', 'b')).toBeLessThan(dist('e', 'f') + dist('a', 'f'))
  })
})
