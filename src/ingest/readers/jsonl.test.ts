import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readJsonLines } from './jsonl.js'

const lines = readFileSync(new URL('../fixtures/wire.jsonl', import.meta.url), 'utf8')

describe('jsonl reader', () => {
  const result = readJsonLines(lines, 'wire.jsonl')

  it('reads every good line, skipping blank ones, with its fields', () => {
    expect(result.documents).toEqual([
      {
        origin: 'wire.jsonl#1',
        reader: 'jsonl',
        text: "Valdoria's foreign minister Ilsa Varga said on Friday that border talks were essential.",
        title: 'Varga backs border talks',
        url: 'https://meridian-press.example/a/1',
        outlet: 'Meridian Press',
        date: '2026-03-13',
        lang: 'en',
      },
      { origin: 'wire.jsonl#3', reader: 'jsonl', text: 'Union leader Hedda Marr said drivers would stay out as long as it takes.', outlet: 'Kessel Courier', date: '2026-03-09T17:00:00Z' },
      { origin: 'wire.jsonl#6', reader: 'jsonl', text: 'Министр Ильза Варга заявила, что переговоры необходимы.', outlet: 'Вестник Кесселя', date: '2026-03-13', lang: 'ru' },
    ])
  })

  it('reports each bad line by number: invalid JSON, no text', () => {
    expect(result.problems).toEqual([
      { origin: 'wire.jsonl#4', code: 'E_INPUT_MALFORMED', message: expect.stringMatching(/^line 4 is not valid JSON \(/) },
      { origin: 'wire.jsonl#5', code: 'E_INPUT_MALFORMED', message: 'line 5 has no "text"' },
    ])
  })

  it('reads a line with a bad field without that field, and warns', () => {
    const r = readJsonLines('{"text": "x", "date": "someday", "title": 7}\n[1]\n{"text": "y", "date": "2026-03-13T09:15:00Z"}', 'f.jsonl')
    expect(r.documents).toEqual([
      { origin: 'f.jsonl#1', reader: 'jsonl', text: 'x' },
      { origin: 'f.jsonl#3', reader: 'jsonl', text: 'y', date: '2026-03-13T09:15:00Z' },
    ])
    expect(r.problems.map((p) => [p.code, p.message, p.severity])).toEqual([
      ['E_INPUT_MALFORMED', 'line 1: "title" is not a string; read without it', 'warning'],
      ['E_BAD_DATE', 'line 1: "date" "someday" is not a date; read without it', 'warning'],
      ['E_INPUT_MALFORMED', 'line 2 is not a JSON object', undefined],
    ])
  })

  it('keeps only http(s) URLs', () => {
    const input = [
      '{"text": "a", "url": "javascript:alert(1)"}',
      '{"text": "b", "url": "data:text/html,<script>alert(1)</script>"}',
      '{"text": "c", "url": "/relative/path"}',
      '{"text": "d", "url": "HTTPS://Meridian-Press.example/a/2"}',
    ].join('\n')
    const r = readJsonLines(input, 'u.jsonl')
    expect(r.documents.map((d) => d.url)).toEqual([undefined, undefined, undefined, 'https://meridian-press.example/a/2'])
    expect(r.problems).toEqual([
      { origin: 'u.jsonl#1', code: 'E_INPUT_MALFORMED', severity: 'warning', message: 'line 1: "url" "javascript:alert(1)" is not an http(s) URL; read without it' },
      { origin: 'u.jsonl#2', code: 'E_INPUT_MALFORMED', severity: 'warning', message: 'line 2: "url" "data:text/html,<script>alert(1)</script>" is not an http(s) URL; read without it' },
      { origin: 'u.jsonl#3', code: 'E_INPUT_MALFORMED', severity: 'warning', message: 'line 3: "url" "/relative/path" is not an http(s) URL; read without it' },
    ])
  })

  it('refuses numeric and implausible dates, and reads the line without them', () => {
    const r = readJsonLines('{"text": "a", "date": 12345}\n{"text": "b", "date": 1773393300}\n{"text": "c", "date": "0001-01-01"}\n{"text": "d", "date": {"y": 2026}}', 'd.jsonl')
    expect(r.documents.map((d) => [d.text, d.date])).toEqual([['a', undefined], ['b', undefined], ['c', undefined], ['d', undefined]])
    expect(r.problems.map((p) => [p.code, p.severity, p.message])).toEqual([
      ['E_BAD_DATE', 'warning', 'line 1: "date" 12345 is a number, not a date written as text ("2026-03-13"); read without it'],
      ['E_BAD_DATE', 'warning', 'line 2: "date" 1773393300 is a number, not a date written as text ("2026-03-13"); read without it'],
      ['E_BAD_DATE', 'warning', 'line 3: "date" "0001-01-01" is not a date; read without it'],
      ['E_BAD_DATE', 'warning', 'line 4: "date" is not a string; read without it'],
    ])
  })
})
