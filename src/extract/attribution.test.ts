// Attribution on hand-written sentences: each case is a construction news text uses all the time.
// People and places are fictional.
import { describe, expect, it } from 'vitest'
import type { Statement } from '../core/records.js'
import { extract } from './extract.js'

function statements(text: string): Statement[] {
  return extract(text).statements
}

function summary(s: Statement) {
  return {
    speaker: s.speaker.name,
    mention: s.speaker.mentions.map((m) => m.text).join('|'),
    cue: s.cue?.text ?? null,
    kind: s.kind,
    content: s.content.map((c) => c.text),
  }
}

describe('indirect speech', () => {
  it('takes "that" into the content, as PolNeAR does', () => {
    expect(statements('Mayor Lena Orsk said that the bridge would reopen in May.').map(summary)).toEqual([
      { speaker: 'Lena Orsk', mention: 'Mayor Lena Orsk', cue: 'said', kind: 'indirect', content: ['that the bridge would reopen in May'] },
    ])
  })

  it('reads speech without a complementiser, and skips adjuncts before it', () => {
    const [s] = statements('Tomas Reivik said on Friday in a statement the harbour talks had stalled.').map(summary)
    expect(s).toMatchObject({ speaker: 'Tomas Reivik', cue: 'said', content: ['the harbour talks had stalled'] })
  })

  it('skips the listener of "told"', () => {
    const [s] = statements('Ilsa Varga told reporters that the corridor was safe.').map(summary)
    expect(s).toMatchObject({ cue: 'told', content: ['that the corridor was safe'] })
  })

  it('keeps auxiliaries and adverbs in the cue', () => {
    const [s] = statements('The minister has also warned that prices will rise.').map(summary)
    expect(s!.cue).toBe('has also warned')
  })

  it('handles the source after the content: "…, a spokesman said."', () => {
    const [s] = statements('The shipment was delayed by a storm, a port spokesman said.').map(summary)
    expect(s).toMatchObject({ mention: 'a port spokesman', cue: 'said', content: ['The shipment was delayed by a storm'] })
  })

  it('reads "According to X, …" and "…, according to X."', () => {
    const first = statements('According to Meridian Press, the talks will resume on Monday.').map(summary)
    expect(first[0]).toMatchObject({ mention: 'Meridian Press', cue: 'According to', content: ['the talks will resume on Monday'] })
    const second = statements('The talks will resume on Monday, according to Meridian Press.').map(summary)
    expect(second[0]).toMatchObject({ mention: 'Meridian Press', cue: 'according to', content: ['The talks will resume on Monday'] })
  })

  it('keeps an apposition or relative clause inside the source span', () => {
    const [s] = statements('Rasa Kellen, who chairs the Port Meren Chamber of Shippers, said the fees were too high.').map(summary)
    expect(s).toMatchObject({ speaker: 'Rasa Kellen', mention: 'Rasa Kellen, who chairs the Port Meren Chamber of Shippers,', content: ['the fees were too high'] })
  })

  it('does not take a sentence-opening adverbial into the source', () => {
    const [s] = statements('On Thursday, Edvin Marrow said the vote would go ahead.').map(summary)
    expect(s!.mention).toBe('Edvin Marrow')
  })
})

describe('direct and mixed quotes', () => {
  it('reads a quote before its cue, with the speaker after: "…," said X.', () => {
    const [s] = statements('"We are ready to sign," said Aurel Danecki.').map(summary)
    expect(s).toMatchObject({ speaker: 'Aurel Danecki', mention: 'Aurel Danecki', cue: 'said', kind: 'direct', content: ['"We are ready to sign,"'] })
  })

  it('joins a split quote into one statement with two spans', () => {
    const [s, ...rest] = statements('“We will not give up the harbour,” Varga said. “Nobody should doubt it.”').map(summary)
    expect(rest).toEqual([])
    expect(s).toMatchObject({ speaker: 'Varga', kind: 'direct', content: ['“We will not give up the harbour,”', '“Nobody should doubt it.”'] })
  })

  it('joins a quote interrupted by its cue inside one sentence', () => {
    const [s] = statements('"The fees," she said, "are simply too high."').map(summary)
    expect(s!.content).toEqual(['"The fees,"', '"are simply too high."'])
  })

  it('calls reported speech with quoted words mixed', () => {
    const [s] = statements('Tomas Reivik said the meeting was "essential" for the region.').map(summary)
    expect(s).toMatchObject({ kind: 'mixed', content: ['the meeting was "essential" for the region'] })
  })

  it('reads a colon cue and « » quotes', () => {
    const [s] = statements('Ilsa Varga declared: «The corridor stays open».').map(summary)
    expect(s).toMatchObject({ cue: 'declared:', kind: 'direct', content: ['«The corridor stays open»'] })
  })

  it('runs a quote over paragraphs that each reopen it', () => {
    const text = 'Edvin Marrow said: "The first step is trust.\n\n"The second step is a treaty."'
    const [s] = statements(text).map(summary)
    expect(s!.content).toEqual(['"The first step is trust.\n\n"The second step is a treaty."'])
  })

  it('does not read a cue inside a quotation as a statement of its own', () => {
    expect(statements('"I said no and I meant it," Varga said.')).toHaveLength(1)
  })
})

describe('speakers', () => {
  it('resolves "she" and a role noun to the person named before', () => {
    const text = 'Trade Minister Ilsa Varga said the corridor was open. She added that fees would fall. The minister stressed that talks would continue.'
    expect(statements(text).map((s) => s.speaker.name)).toEqual(['Ilsa Varga', 'Ilsa Varga', 'Ilsa Varga'])
  })

  it('prefers the fullest form of a name as canonical', () => {
    const text = 'Corin Aldamar opened the session. Later, Aldamar said the budget was final.'
    expect(statements(text)[0]!.speaker.name).toBe('Corin Aldamar')
  })

  it('leaves a speaker it cannot resolve as null, never a guess', () => {
    const [s] = statements('He said the plan had failed.')
    expect(s!.speaker.name).toBeNull()
    expect(s!.speaker.mentions.map((m) => m.text)).toEqual(['He'])
  })

  it('names a qualified group, and not a bare one', () => {
    expect(statements('Valdorian officials said the border would stay closed.')[0]!.speaker.name).toBe('Valdorian officials')
    expect(statements('Officials said the border would stay closed.')[0]!.speaker.name).toBeNull()
  })

  it('lets an organisation speak', () => {
    const [s] = statements('The Kestran Ministry of Foreign Affairs said the protest was unacceptable.')
    expect(s!.speaker.name).toBe('Kestran Ministry of Foreign Affairs')
  })

  it('takes the role from a title and from an apposition', () => {
    const [title] = statements('Foreign Minister Aurel Danecki said the talks were over.')
    expect(title!.speaker.role).toBe('Foreign Minister')
    const [apposition] = statements('Tomas Reivik, spokesman for President Corin Aldamar, said the talks were over.')
    expect(apposition!.speaker.role).toBe('spokesman for President Corin Aldamar')
  })
})

describe('statement dates', () => {
  it('uses a date written outside the content, else the document date', () => {
    const text = 'On Thursday 12 March, Edvin Marrow stated that the vote would happen on Friday. Aurel Danecki said the vote was a mistake.'
    const doc = extract(text, { date: '2026-03-13' })
    expect(doc.statements.map((s) => s.date)).toEqual(['2026-03-12', '2026-03-13'])
  })
})
