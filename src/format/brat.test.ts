import { describe, expect, it } from 'vitest'
import type { Document, Span, Statement } from '../core/records.js'
import { span } from '../core/span.js'
import { parseBrat, toBrat } from './brat.js'

/** The span of the n-th occurrence (from 0) of `needle` in `text`. */
function find(text: string, needle: string, nth = 0): Span {
  let at = -1
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1)
    if (at < 0) throw new Error(`"${needle}" not in text`)
  }
  return span(text, at, at + needle.length)
}

/** Brat offsets count code points. */
function cp(text: string, utf16: number): number {
  return [...text.slice(0, utf16)].length
}

const TEXT = 'The New York Post reports that Clinton left early. Aides said nothing.'

describe('parseBrat', () => {
  it('reads text-bound lines by label and ties events to their spans', () => {
    const ann = [
      'T1\tSource 0 17\tThe New York Post',
      'T2\tCue 18 25\treports',
      'T3\tContent 26 50\tthat Clinton left early.',
      'T4\tAttribution 18 25\treports',
      'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
      'T5\tCue 57 61\tsaid',
      'T6\tAttribution 57 61\tsaid',
      'T7\tContent 62 69\tnothing',
      'E2\tAttribution-no-source:T6 Cue:T5 Content:T7',
      'T8\tDiscuss 51 56\tAides',
    ].join('\n')
    const brat = parseBrat(ann, TEXT)
    expect(brat.skipped).toEqual([])
    expect(brat.byLabel.Source).toEqual([find(TEXT, 'The New York Post')])
    expect(brat.byLabel.Cue?.map((s) => s.text)).toEqual(['reports', 'said'])
    expect(brat.byLabel.Discuss).toEqual([find(TEXT, 'Aides')])
    expect(brat.attributions).toHaveLength(2)
    const [first, second] = brat.attributions
    expect(first).toMatchObject({
      id: 'E1',
      type: 'Attribution',
      hasSource: true,
      source: [find(TEXT, 'The New York Post')],
      cue: [find(TEXT, 'reports')],
      content: [find(TEXT, 'that Clinton left early.')],
      trigger: [find(TEXT, 'reports')],
    })
    expect(second).toMatchObject({ type: 'Attribution-no-source', hasSource: false, source: [] })
    expect(second?.cue.map((s) => s.text)).toEqual(['said'])
  })

  it('makes each fragment of a discontiguous annotation its own span, in file order', () => {
    const ann = 'T1\tContent 31 50;0 17\tthat Clinton left early. The New York Post\nE1\tAttribution:T9 Content:T1\n'
    const brat = parseBrat(ann, TEXT)
    expect(brat.byLabel.Content).toEqual([find(TEXT, 'Clinton left early.'), find(TEXT, 'The New York Post')])
    // T9 does not exist: the event keeps what it still says.
    expect(brat.attributions[0]?.content).toHaveLength(2)
    expect(brat.attributions[0]?.trigger).toEqual([])
  })

  it('gathers numbered repeats of a role (Content2)', () => {
    const ann = ['T1\tContent 31 38\tx', 'T2\tContent 62 69\tx', 'E1\tAttribution:T1 Content:T1 Content2:T2'].join('\n')
    expect(parseBrat(ann, TEXT).attributions[0]?.content.map((s) => s.text)).toEqual(['Clinton', 'nothing'])
  })

  it('converts code-point offsets to UTF-16 around astral characters', () => {
    const text = '🇺🇸 Trump 😀 said: “we 👍 win” 𝒳.'
    const said = find(text, 'said')
    const quote = find(text, '“we 👍 win”')
    const ann = [
      `T1\tCue ${cp(text, said.start)} ${cp(text, said.end)}\tsaid`,
      `T2\tContent ${cp(text, quote.start)} ${cp(text, quote.end)}\t“we 👍 win”`,
      `T3\tSource ${cp(text, text.length - 3)} ${cp(text, text.length - 1)}\t𝒳`,
    ].join('\n')
    const brat = parseBrat(ann, text)
    expect(brat.skipped).toEqual([])
    expect(brat.byLabel.Cue).toEqual([said])
    expect(brat.byLabel.Content).toEqual([quote])
    expect(brat.byLabel.Source?.[0]?.text).toBe('𝒳')
  })

  it('gives each Source its AnnotatorNotes name, over Cyrillic text with code-point offsets', () => {
    const text = '🚢 По словам Ильсы Варги, порт откроется. «Мы готовы», — добавила она. Сообщается, что суда ждут.'
    const at = (needle: string, nth = 0) => {
      const s = find(text, needle, nth)
      return `${cp(text, s.start)} ${cp(text, s.end)}`
    }
    const ann = [
      `T1\tSource ${at('Ильсы Варги')}\tИльсы Варги`,
      `T2\tCue ${at('По словам')}\tПо словам`,
      `T3\tContent ${at('порт откроется')}\tпорт откроется`,
      `T4\tAttribution ${at('По словам')}\tПо словам`,
      'E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3',
      '#1\tAnnotatorNotes T1\tИльса Варга',
      'E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7', // names T lines and a note written after it
      `T5\tSource ${at('она')}\tона`,
      `T6\tCue ${at('добавила')}\tдобавила`,
      `T7\tContent ${at('Мы готовы')}\tМы готовы`,
      `T8\tAttribution ${at('добавила')}\tдобавила`,
      '#2\tAnnotatorNotes T5\t Ильса Варга ',
      `T9\tCue ${at('Сообщается')}\tСообщается`,
      `T10\tContent ${at('что суда ждут')}\tчто суда ждут`,
      `T11\tAttribution-no-source ${at('Сообщается')}\tСообщается`,
      'E3\tAttribution-no-source:T11 Cue:T9 Content:T10',
      '#3\tAnnotatorNotes E3\ta note on an event: nothing to score',
      '#4\tAnnotatorNotes T99\tno such T line',
    ].join('\n')
    const brat = parseBrat(ann, text)
    expect(brat.skipped).toEqual([{ line: 18, reason: expect.stringMatching(/T99/) }])
    expect(brat.byLabel.Source).toEqual([find(text, 'Ильсы Варги'), find(text, 'она')])
    expect(brat.textBounds.find((t) => t.id === 'T1')?.note).toBe('Ильса Варга')
    expect(brat.textBounds.find((t) => t.id === 'T2')?.note).toBeUndefined()
    const [first, second, third] = brat.attributions
    expect(first).toMatchObject({ sourceIds: ['T1'], sourceNote: 'Ильса Варга', cue: [find(text, 'По словам')] })
    expect(second).toMatchObject({ sourceIds: ['T5'], sourceNote: 'Ильса Варга', content: [find(text, 'Мы готовы')] })
    expect(third).toMatchObject({ hasSource: false, sourceIds: [] })
    expect(third).not.toHaveProperty('sourceNote')
  })

  it('takes the note of the first source that has one, and `?` as written', () => {
    const ann = [
      'T1\tSource 0 17\tThe New York Post',
      'T2\tSource 51 56\tAides',
      'T3\tCue 57 61\tsaid',
      'E1\tAttribution:T3 Source:T1 Source2:T2 Cue:T3',
      '#1\tAnnotatorNotes T2\t?',
    ].join('\n')
    expect(parseBrat(ann, TEXT).attributions[0]).toMatchObject({ sourceIds: ['T1', 'T2'], sourceNote: '?' })
  })

  it('skips malformed lines, notes and the tails of multi-line texts without throwing', () => {
    const ann = [
      '',
      'T1\tSource 0 17\tThe New York Post',
      'T2\tContent 26 40\tthat Clinton',
      'left early', // the tail of T2's text, which held a newline
      '#1\tAnnotatorNotes T1\tIs this the source?',
      'T3\tCue abc def\treports',
      'T4\tCue',
      'T5\tCue 60 9999\tbeyond the end',
      'T6\tCue 30 20\tbackwards',
      'E1\tAttribution-no-source:T7 ',
      'E2\t',
      'E3\tDiscard:T1 Source:T1',
      'E4\tAttribution:T1 Source Cue:T404 Source:T1',
      'R1\tRelated Arg1:T1 Arg2:T2',
      'garbage',
    ].join('\r\n')
    const brat = parseBrat(ann, TEXT)
    expect(brat.textBounds.map((t) => t.id)).toEqual(['T1', 'T2'])
    expect(brat.skipped.map((s) => s.line)).toEqual([4, 6, 7, 8, 9, 11, 12, 15])
    expect(brat.attributions.map((a) => a.id)).toEqual(['E1', 'E4'])
    expect(brat.attributions[0]).toMatchObject({ source: [], cue: [], content: [], hasSource: false })
    expect(brat.attributions[1]?.source).toEqual([find(TEXT, 'The New York Post')])
    expect(brat.attributions[1]?.cue).toEqual([])
  })
})

function statement(fields: Partial<Statement> & Pick<Statement, 'cue' | 'content'>, mentions: Span[] = []): Statement {
  return {
    id: `s${Math.random()}`,
    kind: 'indirect',
    speaker: { name: null, mentions },
    via: [],
    about: [],
    confidence: 1,
    ...fields,
  }
}

function documentOf(text: string, statements: Statement[]): Document {
  return { id: 'd', lang: 'en', text, sources: [], entities: [], statements, events: [], diagnostics: [] }
}

describe('toBrat', () => {
  const text = '😀 Peskov, the Kremlin spokesman, said\nthat talks “were 👍\nnecessary,” he added. “Yes.”'
  const statements = [
    statement(
      {
        cue: find(text, 'said'),
        content: [find(text, 'that talks “were 👍\nnecessary,”'), find(text, '“Yes.”')],
      },
      [find(text, 'Peskov'), find(text, 'the Kremlin spokesman')],
    ),
    statement({ cue: find(text, 'added'), content: [find(text, 'necessary')] }),
    statement({ cue: null, content: [find(text, '“Yes.”')] }, [find(text, 'he', 1)]),
  ]
  const doc = documentOf(text, statements)

  it('writes one line per annotation, line breaks in the text shown as spaces', () => {
    const ann = toBrat(doc)
    const lines = ann.trimEnd().split('\n')
    // 1st: 2 sources, cue, content, trigger, event; 2nd: cue, content, trigger, event;
    // 3rd: source, content, trigger, event.
    expect(lines).toHaveLength(6 + 4 + 4)
    expect(lines.every((l) => /^[TE]\d+\t/.test(l))).toBe(true)
    const [first, second] = statements[0]!.content.map((s) => `${cp(text, s.start)} ${cp(text, s.end)}`)
    expect(lines[3]).toBe(`T4\tContent ${first};${second}\tthat talks “were 👍 necessary,” “Yes.”`)
    expect(lines[5]).toBe('E1\tAttribution:T5 Source:T1 Source2:T2 Cue:T3 Content:T4')
    expect(lines[9]).toBe('E2\tAttribution-no-source:T8 Cue:T6 Content:T7')
    // No cue: the trigger sits on the first content span.
    expect(lines[12]).toBe(`T11\tAttribution ${second}\t“Yes.”`)
  })

  it('round-trips through parseBrat, astral characters included', () => {
    const brat = parseBrat(toBrat(doc), text)
    expect(brat.skipped).toEqual([])
    expect(brat.attributions).toHaveLength(3)
    brat.attributions.forEach((a, i) => {
      const s = statements[i]!
      expect(a.source).toEqual(s.speaker.mentions)
      expect(a.cue).toEqual(s.cue ? [s.cue] : [])
      expect(a.content).toEqual(s.content)
      expect(a.hasSource).toBe(s.speaker.mentions.length > 0)
    })
  })

  it('writes nothing for a document without statements', () => {
    expect(toBrat(documentOf(text, []))).toBe('')
  })
})
