import { describe, expect, it } from 'vitest'
import type { Document, Span, Statement } from '../core/records.js'
import { span } from '../core/span.js'
import type { BratAnnotations, BratAttribution } from '../format/brat.js'
import { prf, scoreDocument, summarise } from './metrics.js'

const TEXT =
  'Smith said the budget would pass next week. Jones added that the plan failed badly. ' +
  'The vote was close, officials said. Brown warned of cuts.'

/** The span of the n-th occurrence (from 0) of `needle`. */
function find(needle: string, nth = 0, text = TEXT): Span {
  let at = -1
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1)
    if (at < 0) throw new Error(`"${needle}" not in text`)
  }
  return span(text, at, at + needle.length)
}

interface Parts {
  source?: Span[]
  cue?: Span | null
  content?: Span[]
  /** Gold: the source's note (canonical name or `?`); predicted: `speaker.name`. */
  name?: string
}

function goldOf(attributions: Parts[], text = TEXT): { name: string; text: string; gold: BratAnnotations } {
  const events: BratAttribution[] = attributions.map((a, i) => {
    const source = a.source ?? []
    const cue = a.cue ? [a.cue] : []
    const content = a.content ?? []
    const sourceIds = source.map((_, k) => `T${i + 1}s${k}`)
    const note = a.name === undefined ? {} : { sourceNote: a.name }
    return { id: `E${i + 1}`, type: 'Attribution', trigger: cue, source, cue, content, hasSource: source.length > 0, sourceIds, ...note }
  })
  const byLabel = {
    Source: events.flatMap((e) => e.source),
    Cue: events.flatMap((e) => e.cue),
    Content: events.flatMap((e) => e.content),
  }
  return { name: 'doc', text, gold: { textBounds: [], byLabel, attributions: events, skipped: [] } }
}

function predictedOf(statements: Parts[], text = TEXT): Document {
  const made = statements.map(
    (s, i): Statement => ({
      id: `s${i}`,
      kind: 'indirect',
      speaker: { name: s.name ?? null, mentions: s.source ?? [] },
      cue: s.cue ?? null,
      content: s.content ?? [],
      via: [],
      about: [],
      confidence: 1,
    }),
  )
  return { id: 'd', lang: 'en', text, sources: [], entities: [], statements: made, events: [], diagnostics: [] }
}

const smith: Parts = { source: [find('Smith')], cue: find('said'), content: [find('the budget would pass next week')] }
const jones: Parts = { source: [find('Jones')], cue: find('added'), content: [find('that the plan failed badly')] }
const officials: Parts = { source: [find('officials')], cue: find('said', 1), content: [find('The vote was close')] }

describe('exact spans', () => {
  it('hits after trimming white space on both sides, and counts each span once', () => {
    const gold = goldOf([{ ...smith, content: [span(TEXT, 10, 42)] }]) // " the budget would pass next week"
    const predicted = predictedOf([
      { ...smith, content: [span(TEXT, 11, 43)] }, // takes the full stop too: a miss
      { ...smith, content: [find('the budget would pass next week')] },
      { source: [span(TEXT, 0, 6)], cue: find('said') }, // "Smith " trims to "Smith"; repeated
    ])
    const score = scoreDocument(gold, predicted)
    expect(score.exact.source).toEqual({ tp: 1, predicted: 1, gold: 1 })
    expect(score.exact.cue).toEqual({ tp: 1, predicted: 1, gold: 1 })
    expect(score.exact.content).toEqual({ tp: 1, predicted: 2, gold: 1 })
  })

  it('misses a span that differs by a word', () => {
    const score = scoreDocument(goldOf([smith]), predictedOf([{ ...smith, content: [find('the budget would pass')] }]))
    expect(score.exact.content).toEqual({ tp: 0, predicted: 1, gold: 1 })
    // Tokens: 4 of the gold's 6 words, and nothing outside it.
    expect(score.token.content).toEqual({ tp: 4, predicted: 4, gold: 6 })
  })
})

describe('word tokens', () => {
  it('counts words, numbers and initialisms but not punctuation or quotes', () => {
    const text = 'Aides said “U.S. jobs rose 5%,” he said.'
    const content = find('“U.S. jobs rose 5%,”', 0, text)
    const gold = goldOf([{ cue: find('said', 0, text), content: [content] }], text)
    const predicted = predictedOf([{ cue: find('said', 0, text), content: [find('jobs rose 5%,”', 0, text)] }], text)
    const score = scoreDocument(gold, predicted)
    expect(score.token.content).toEqual({ tp: 3, predicted: 3, gold: 4 })
    expect(score.token.cue).toEqual({ tp: 1, predicted: 1, gold: 1 })
  })
})

describe('statements', () => {
  it('match when cues overlap and at least half the gold content words are covered', () => {
    // Gold content has 6 words; "the budget would" covers 3 (half), "the budget" 2.
    const half = scoreDocument(goldOf([smith]), predictedOf([{ ...smith, content: [find('the budget would')] }]))
    expect(half.statement).toEqual({ tp: 1, predicted: 1, gold: 1 })
    const less = scoreDocument(goldOf([smith]), predictedOf([{ ...smith, content: [find('the budget')] }]))
    expect(less.statement).toEqual({ tp: 0, predicted: 1, gold: 1 })
    expect(less.missed).toEqual([{ at: 0, cue: 'said', source: 'Smith', content: 'the budget would pass next week' }])
    expect(less.spurious).toEqual([{ at: 0, cue: 'said', source: 'Smith', content: 'the budget' }])
  })

  it('need overlapping cues', () => {
    const wrongCue = scoreDocument(goldOf([smith]), predictedOf([{ ...smith, cue: find('Smith') }]))
    expect(wrongCue.statement.tp).toBe(0)
    const partialCue = scoreDocument(goldOf([smith]), predictedOf([{ ...smith, cue: span(TEXT, 6, 8) }]))
    expect(partialCue.statement.tp).toBe(1)
  })

  it('match one to one, the best coverage first', () => {
    const gold = goldOf([smith])
    const predicted = predictedOf([
      { ...smith, content: [find('the budget would')] },
      smith,
    ])
    const score = scoreDocument(gold, predicted)
    expect(score.statement).toEqual({ tp: 1, predicted: 2, gold: 1 })
    expect(score.spurious.map((s) => s.content)).toEqual(['the budget would'])
  })

  it('prefer the closer content when coverage ties', () => {
    // Two gold attributions share a cue and both predictions cover the first fully; pairing
    // the whole prediction with it would leave the second gold with 1 word in 5 covered.
    const part = find('plan')
    const gold = goldOf([{ ...jones, content: [part] }, jones])
    const score = scoreDocument(gold, predictedOf([jones, { ...jones, content: [part] }]))
    expect(score.statement.tp).toBe(2)
  })

  it('leave gold without a cue unmatched and predictions with a null cue unmatched', () => {
    const gold = goldOf([smith, { ...jones, cue: null }])
    const score = scoreDocument(gold, predictedOf([smith, jones, { ...officials, cue: null }]))
    expect(score.statement).toEqual({ tp: 1, predicted: 3, gold: 2 })
  })
})

describe('speaker accuracy', () => {
  it('counts matched statements whose speaker mention overlaps the gold source', () => {
    const gold = goldOf([smith, jones, officials])
    const predicted = predictedOf([
      { ...smith, source: [find('Smith said')] }, // overlaps: right
      { ...jones, source: [find('Brown')] }, // wrong
      { ...officials, source: [] }, // no speaker: wrong
    ])
    expect(scoreDocument(gold, predicted).speaker).toEqual({ correct: 1, matched: 3 })
  })

  it('takes a gold attribution without a source to be right only when no speaker is named', () => {
    const gold = goldOf([{ ...smith, source: [] }, { ...jones, source: [] }])
    const predicted = predictedOf([{ ...smith, source: [] }, jones])
    expect(scoreDocument(gold, predicted).speaker).toEqual({ correct: 1, matched: 2 })
  })
})

describe('speaker-name accuracy', () => {
  it('counts matched statements with a named gold speaker whose predicted name is that speaker', () => {
    const gold = goldOf([
      { ...smith, name: 'Ilsa Smith' },
      { ...jones, name: 'Tomas Jones' },
      { ...officials, name: '?' }, // the document never names them: left out
      { source: [find('Brown')], cue: find('warned'), content: [find('of cuts')], name: 'Dana Brown' }, // unmatched: left out
    ])
    const predicted = predictedOf([
      { ...smith, name: 'Smith' }, // the surname: right
      { ...jones, name: 'Tomas Smith' }, // wrong
      { ...officials, name: 'Officials' },
    ])
    const score = scoreDocument(gold, predicted)
    expect(score.speakerName).toEqual({ correct: 1, named: 2 })
    expect(score.wrongNames).toEqual([
      { at: find('added').start, cue: 'added', source: 'Jones', gold: 'Tomas Jones', predicted: 'Tomas Smith' },
    ])
  })

  it('takes a prediction without a name to be wrong, and gold without a note to be unnamed', () => {
    const gold = goldOf([{ ...smith, name: 'Ilsa Smith' }, jones])
    const score = scoreDocument(gold, predictedOf([{ ...smith, name: undefined }, { ...jones, name: 'Jones' }]))
    expect(score.speakerName).toEqual({ correct: 0, named: 1 })
    expect(score.wrongNames[0]).toMatchObject({ gold: 'Ilsa Smith', predicted: null })
  })

  it('is summed over documents, 0 when no gold speaker is named', () => {
    const right = scoreDocument(goldOf([{ ...smith, name: 'Smith' }]), predictedOf([{ ...smith, name: 'Ilsa Smith' }]))
    const wrong = scoreDocument(goldOf([{ ...jones, name: 'Jones' }]), predictedOf([{ ...jones, name: 'Brown' }]))
    expect(summarise([right, wrong]).speakerName).toEqual({ correct: 1, named: 2, accuracy: 0.5 })
    expect(summarise([scoreDocument(goldOf([smith]), predictedOf([smith]))]).speakerName).toEqual({ correct: 0, named: 0, accuracy: 0 })
  })
})

describe('summarise', () => {
  it('micro-averages counts over documents', () => {
    const perfect = scoreDocument(goldOf([smith, jones]), predictedOf([smith, jones]))
    const empty = scoreDocument(goldOf([officials]), predictedOf([]))
    const scores = summarise([perfect, empty])
    expect(scores.statement).toMatchObject({ tp: 2, predicted: 2, gold: 3, precision: 1 })
    expect(scores.statement.recall).toBeCloseTo(2 / 3)
    expect(scores.statement.f1).toBeCloseTo(0.8)
    expect(scores.exact.cue).toMatchObject({ tp: 2, predicted: 2, gold: 3 })
    expect(scores.speaker).toEqual({ correct: 2, matched: 2, accuracy: 1 })
    expect(JSON.parse(JSON.stringify(scores))).toEqual(scores)
  })

  it('gives 0, not NaN, when nothing was predicted or nothing is gold', () => {
    const none = { tp: 0, predicted: 0, gold: 0 }
    expect(prf(none)).toEqual({ ...none, precision: 0, recall: 0, f1: 0 })
    expect(summarise([]).speaker.accuracy).toBe(0)
  })

  it('refuses predictions over another text', () => {
    expect(() => scoreDocument(goldOf([smith]), predictedOf([], `${TEXT} `))).toThrow(/text differs/)
  })
})
