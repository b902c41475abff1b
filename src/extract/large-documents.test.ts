// Long documents extract in linear time. Before the all-pairs loops were indexed, a 400 KB run-on
// document took 50 s and a 1.6 MB one-line wire story 53 s (quadratic): these ran past the test's
// time limit. Speed itself is measured by npm run bench:scale; here the documents only have to
// finish, with every statement bounded by its sentence.
import { describe, expect, it } from 'vitest'
import { longDocument } from '../../bench/lib/scale-inputs.js'
import { MAX_SENTENCE_TOKENS, splitSentences } from '../text/sentences.js'
import { tokenize } from '../text/tokenizer.js'
import { extract } from './extract.js'

const LIMIT_MS = 60_000

describe('long documents', () => {
  it('a 2 MB one-line wire story of attributed sentences', { timeout: LIMIT_MS }, () => {
    const text = longDocument('wire', 2_000_000)
    const doc = extract(text, { date: '2026-03-13' })
    expect(doc.statements.length).toBeGreaterThan(25_000)
    // Every unit's four statements are found, the same way each time.
    const speakers = new Set(doc.statements.map((s) => s.speaker.name))
    expect(speakers).toContain('Ilsa Varga')
    expect(speakers).toContain('Edvin Marrow')
  })

  it('a 1 MB run-on sentence with no full stop: statements end where the sentence is cut', { timeout: LIMIT_MS }, () => {
    const text = longDocument('runon', 1_000_000)
    const doc = extract(text, { date: '2026-03-13' })
    expect(doc.statements.length).toBeGreaterThan(15_000)
    const longest = Math.max(...doc.statements.map((s) => s.content.reduce((n, c) => n + c.end - c.start, 0)))
    expect(longest).toBeLessThan(MAX_SENTENCE_TOKENS * 20)
  })

  it('1 MB of meetings between ever new people', { timeout: LIMIT_MS }, () => {
    const doc = extract(longDocument('events', 1_000_000), { date: '2026-03-13' })
    expect(doc.events.length).toBeGreaterThan(3_000)
    expect(doc.statements.some((s) => s.event !== undefined)).toBe(true)
  })

  it('a brief of 2 MB of Details: and Quote: paragraphs', { timeout: LIMIT_MS }, () => {
    const doc = extract(longDocument('brief', 2_000_000))
    expect(doc.statements.filter((s) => s.cue === null).length).toBeGreaterThan(10_000)
  })
})

describe('sentences', () => {
  it('a run-on sentence is cut at a clause mark once it passes the limit, and only then', () => {
    const clause = 'and the ministry noted that ships were waiting, '
    const t = tokenize(clause.repeat(200))
    const s = splitSentences(t)
    expect(s.count).toBeGreaterThan(1)
    for (let i = 0; i < s.count; i++) {
      expect(s.ends[i]! - s.starts[i]!).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS)
      // Each piece but the last ends after a comma.
      if (i < s.count - 1) expect(t.text.slice(t.starts[s.ends[i]! - 1]!, t.ends[s.ends[i]! - 1]!)).toBe(',')
    }
    const short = tokenize(clause.repeat(20))
    expect(splitSentences(short).count).toBe(1)
  })
})
