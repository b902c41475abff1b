import { describe, expect, it } from 'vitest'
import type { Span, Statement } from '../index.js'
import { statementLine } from './format-text.js'

const at = (text: string, start = 0): Span => ({ start, end: start + text.length, text })

function statement(overrides: Partial<Statement>): Statement {
  return {
    id: 's1',
    kind: 'direct',
    speaker: { name: 'Dmitry Peskov', mentions: [] },
    cue: at('said'),
    content: [at('"necessary"')],
    via: [],
    about: [],
    confidence: 0.9,
    ...overrides,
  }
}

describe('statementLine', () => {
  it('shows speaker, kind, content, cue and date', () => {
    expect(statementLine(statement({ date: '2025-05-16' }))).toBe('Dmitry Peskov — direct — "necessary" [cue: said; date 2025-05-16]')
  })

  it('joins a split quote with an ellipsis, on one line', () => {
    const s = statement({ content: [at('"We are\nready,"'), at('"to talk."', 30)] })
    expect(statementLine(s)).toBe('Dmitry Peskov — direct — "We are ready," … "to talk." [cue: said]')
  })

  it('shows an unknown speaker as written, or as unknown', () => {
    const he = statement({ speaker: { name: null, mentions: [at('he')] } })
    expect(statementLine(he)).toMatch(/^\(unknown: he\) — /)
    const nobody = statement({ speaker: { name: null, mentions: [] }, cue: null, date: '2025-05-16', dateUncertain: true })
    expect(statementLine(nobody)).toBe('(unknown) — direct — "necessary" [no cue; date 2025-05-16 (assumed)]')
  })
})
