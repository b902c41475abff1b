// readBytes end to end: decode, detect, read — one fixture of each kind, and the inputs that fail.

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readBytes } from './read.js'

const fixture = (name: string): Buffer => readFileSync(new URL(`./fixtures/${name}`, import.meta.url))

describe('readBytes', () => {
  it.each([
    ['plain-article.txt', 'text', 1],
    ['valdoria-brief.txt', 'brief', 1],
    ['meridian-article.html', 'html', 1],
    ['valdoria-herald-1251.html', 'html', 1],
    ['meridian-feed.rss', 'feed', 3],
    ['greywater-atom.xml', 'feed', 2],
    ['telegram-export.json', 'telegram', 3],
    ['wire.jsonl', 'jsonl', 3],
    ['koi8r.txt', 'text', 1],
    ['utf16le-bom.txt', 'text', 1],
  ])('%s → %s reader, %i document(s)', (name, reader, count) => {
    const result = readBytes(fixture(name), name)
    expect(result.documents).toHaveLength(count)
    for (const doc of result.documents) expect(doc.reader).toBe(reader)
  })

  it('detects by content, whatever the name says', () => {
    expect(readBytes(fixture('meridian-article.html'), 'saved-page.txt').documents[0]?.reader).toBe('html')
    expect(readBytes(fixture('telegram-export.json'), 'export.dat').documents[0]?.reader).toBe('telegram')
  })

  it('reports empty and binary input as problems, not documents', () => {
    expect(readBytes(fixture('empty.txt'), 'empty.txt')).toEqual({ documents: [], problems: [{ origin: 'empty.txt', code: 'E_INPUT_EMPTY', message: 'it is empty' }] })
    expect(readBytes(fixture('binary.bin'), 'x.png')).toEqual({
      documents: [],
      problems: [{ origin: 'x.png', code: 'E_INPUT_BINARY', message: 'it looks like a binary file (it contains NUL bytes), not text' }],
    })
  })

  it('reports an input that yields nothing, and JSON no reader reads', () => {
    const services = JSON.stringify({ name: 'W', messages: [{ id: 1, type: 'service', text: '' }] })
    expect(readBytes(Buffer.from(services), 'r.json').problems).toEqual([{ origin: 'r.json', code: 'E_INPUT_EMPTY', message: 'it has no posts with text' }])
    expect(readBytes(Buffer.from('{"config": true,\n"x": 1}'), 'c.json').problems[0]?.message).toBe('it is JSON, but neither a Telegram export (with "messages") nor JSON lines')
  })

  it('takes the charset from the Content-Type hint', () => {
    const koi = Buffer.from([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4, 0x0a]) // "Привет" in KOI8-R
    expect(readBytes(koi, 'https://example.org/x', { contentType: 'text/plain; charset=koi8-r' }).documents[0]?.text).toBe('Привет\n')
  })

  it('reads UTF-8 with bad bytes as UTF-8, with one warning listing the first offsets', () => {
    const line = Buffer.from('Ильза Варга заявила, что переговоры идут.\n') // fictional; 76 bytes
    const damaged = Buffer.concat(Array.from({ length: 7 }, () => Buffer.concat([line, Buffer.from([0xff])])))
    const result = readBytes(damaged, 'damaged.txt')
    expect(result.documents).toHaveLength(1)
    expect(result.problems).toEqual([
      {
        origin: 'damaged.txt',
        code: 'E_INPUT_ENCODING',
        severity: 'warning',
        message: 'it is not valid UTF-8 at byte offsets 76, 153, 230, 307, 384 and 2 more; read as UTF-8 with those spots replaced by U+FFFD',
      },
    ])
    const two = Buffer.concat([line, Buffer.from([0xff]), line, Buffer.from([0xfe])])
    expect(readBytes(two, 'two.txt').problems[0]?.message).toBe('it is not valid UTF-8 at byte offsets 76 and 153; read as UTF-8 with those spots replaced by U+FFFD')
  })
})
