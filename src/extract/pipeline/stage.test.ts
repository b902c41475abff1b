import { describe, expect, it } from 'vitest'
import { shippedOutletRegistry } from '../../lexicon/outlet-registry.js'
import { englishPipeline, slavicPipeline } from '../pipeline.js'
import { type DocumentDraft, ExtractContext } from './context.js'
import { pipeline, runPipeline, stage } from './stage.js'

function draft(text: string): DocumentDraft {
  return { id: 'd', text, lang: 'en', sources: [], entities: new Map(), statements: [], events: [], diagnostics: [] }
}

describe('pipeline', () => {
  it('builds the shipped stage lists (every requirement provided before it is read)', () => {
    expect(englishPipeline.stages.map((s) => s.name)).toContain('speakers')
    expect(slavicPipeline.stages.length).toBeGreaterThan(0)
  })

  it('refuses a list whose stage reads a slot no earlier stage fills', () => {
    const readsNames = stage('reads-names', ['names'], [], () => {})
    const fillsNames = stage('fills-names', [], ['names'], () => {})
    expect(() => pipeline([readsNames, fillsNames])).toThrow(/stage "reads-names" requires "names"/)
    expect(() => pipeline([fillsNames, readsNames])).not.toThrow()
  })

  it('runs stages in order over one document and context', () => {
    const doc = draft('Lenna Corvish said the port would open.')
    const ctx = new ExtractContext(doc, { outlets: shippedOutletRegistry, forwardedFrom: [] })
    const seen: string[] = []
    runPipeline(
      pipeline([
        stage('first', [], ['channels'], (_d, c) => {
          seen.push('first')
          c.set('channels', ['outlet:x'])
        }),
        stage('second', ['channels'], [], (_d, c) => seen.push(`second:${c.get('channels').join()}`)),
      ]),
      doc,
      ctx,
    )
    expect(seen).toEqual(['first', 'second:outlet:x'])
  })

  it('reading a slot before it is filled is an error, not undefined', () => {
    const ctx = new ExtractContext(draft('x'), { outlets: shippedOutletRegistry, forwardedFrom: [] })
    expect(() => ctx.get('names')).toThrow(/"names" read before any stage provided it/)
  })

  it('ctx.message turns a rule, a place and a reason into a diagnostic with its span', () => {
    const doc = draft('He said “the port opens.')
    const ctx = new ExtractContext(doc, { outlets: shippedOutletRegistry, forwardedFrom: [] })
    ctx.message('quote-unclosed', [8, 24], 'A quotation opens here and is not closed.')
    ctx.message('date-unanchored', null, 'No date.', 'warning')
    expect(doc.diagnostics).toEqual([
      { rule: 'quote-unclosed', severity: 'info', message: 'A quotation opens here and is not closed.', span: { start: 8, end: 24, text: '“the port opens.' } },
      { rule: 'date-unanchored', severity: 'warning', message: 'No date.' },
    ])
  })
})

describe('diagnostics of the shipped pipelines', () => {
  it('date-missing: statements in a document with no date say so once', async () => {
    const { extract } = await import('../extract.js')
    const undated = extract('Lenna Corvish, the fictional port minister, said the talks would resume on Friday.', { lang: 'en' })
    expect(undated.statements.length).toBeGreaterThan(0)
    expect(undated.diagnostics.filter((d) => d.rule === 'date-missing')).toHaveLength(1)
    const dated = extract('Lenna Corvish, the fictional port minister, said the talks would resume on Friday.', { lang: 'en', date: '2026-03-12' })
    expect(dated.diagnostics.filter((d) => d.rule === 'date-missing')).toEqual([])
  })
})
