import { readFileSync } from 'node:fs'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decodeText } from './decode.js'

const fixture = (name: string): Buffer => readFileSync(new URL(`./fixtures/${name}`, import.meta.url))
const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b)

// Real sentences, short and long, in the languages the legacy encodings serve.
const RUSSIAN = [
  'Министр иностранных дел Валдории Ильза Варга заявила в пятницу, что переговоры о границе «необходимы».',
  'Пресс-секретарь сообщил агентству, что встреча состоится в четверг.',
  'Съезд объявил о подъёме цен.',
  'Привет',
  'Да',
  'МИНИСТР ЗАЯВИЛ',
]
const UKRAINIAN = [
  'Міністерка закордонних справ Валдорії Ільза Варга заявила, що переговори є необхідними.',
  'Їхня позиція щодо ґрунтовних змін залишається незмінною, повідомив речник.',
  'Україна',
]
const WESTERN = [
  'Le ministre a déclaré que les négociations étaient nécessaires.',
  'Die Ministerin äußerte sich über die Gespräche in München.',
  'El señor García dijo que la reunión será en Cádiz.',
  'café',
]

describe('decodeText: Unicode', () => {
  it('decodes UTF-8, with or without a BOM', () => {
    expect(decodeText(Buffer.from('Péskov said'))).toEqual({ ok: true, text: 'Péskov said', encoding: 'utf-8' })
    expect(decodeText(Buffer.from('\uFEFFsaid'))).toMatchObject({ ok: true, text: 'said' })
  })

  it('decodes UTF-16LE and UTF-16BE after their BOM', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x1f, 0x04, 0x35, 0x04))).toEqual({ ok: true, text: 'Пе', encoding: 'utf-16le' })
    expect(decodeText(bytes(0xfe, 0xff, 0x04, 0x1f, 0x04, 0x35))).toEqual({ ok: true, text: 'Пе', encoding: 'utf-16be' })
  })

  it('reads the UTF-16LE fixture', () => {
    const decoded = decodeText(fixture('utf16le-bom.txt'))
    expect(decoded).toMatchObject({ ok: true, encoding: 'utf-16le' })
    expect(decoded.ok && decoded.text).toMatch(/^Valdoria: minister Ilsa Varga backs border talks\n[\s\S]*“essential”\. Міністр заявила/)
  })
})

describe('decodeText: legacy Cyrillic and Western encodings, when the bytes are not UTF-8', () => {
  it.each(RUSSIAN)('Russian in Windows-1251 and KOI8-R: %s', (sentence) => {
    expect(decodeText(iconv.encode(sentence, 'windows-1251'))).toEqual({ ok: true, text: sentence, encoding: 'windows-1251' })
    const koi = sentence.replace(/[«»]/g, '"') // KOI8-R has no guillemets
    expect(decodeText(iconv.encode(koi, 'koi8-r'))).toEqual({ ok: true, text: koi, encoding: 'koi8-r' })
  })

  it.each(UKRAINIAN)('Ukrainian in Windows-1251 and KOI8-U: %s', (sentence) => {
    expect(decodeText(iconv.encode(sentence, 'windows-1251'))).toEqual({ ok: true, text: sentence, encoding: 'windows-1251' })
    expect(decodeText(iconv.encode(sentence, 'koi8-u'))).toMatchObject({ ok: true, text: sentence, encoding: 'koi8-u' })
  })

  it.each(WESTERN)('Western text in Windows-1252: %s', (sentence) => {
    expect(decodeText(iconv.encode(sentence, 'windows-1252'))).toEqual({ ok: true, text: sentence, encoding: 'windows-1252' })
  })

  it('reads the KOI8-R fixture', () => {
    const decoded = decodeText(fixture('koi8r.txt'))
    expect(decoded).toMatchObject({ ok: true, encoding: 'koi8-r' })
    expect(decoded.ok && decoded.text).toMatch(/^Министр иностранных дел Валдории Ильза Варга заявила/)
  })
})

describe('decodeText: UTF-8 with a few bad bytes is read as UTF-8, not guessed at', () => {
  // Fictional; long enough to be a real article's paragraph.
  const text =
    'Министр торговли Валдории Ильза Варга заявила в четверг, что переговоры о порте Мерен «идут трудно, но честно». ' +
    'По её словам, первые грузовые суда могут войти в гавань уже на следующей неделе.'
  const utf8 = Buffer.from(text)
  const at = utf8.indexOf(Buffer.from(' «'))

  it('replaces one stray 0xFF and says where it was', () => {
    const damaged = Buffer.concat([utf8.subarray(0, at), bytes(0xff), utf8.subarray(at)])
    expect(decodeText(damaged)).toEqual({
      ok: true,
      encoding: 'utf-8',
      text: text.replace(' «', '\uFFFD «'),
      replaced: { count: 1, offsets: [at] },
    })
  })

  it('replaces a last character cut in the middle of its bytes, as one spot', () => {
    const cut = utf8.subarray(0, utf8.length - 2) // "е." → the first byte of "е"
    expect(cut.at(-1)).toBe(0xd0)
    expect(decodeText(cut)).toEqual({ ok: true, encoding: 'utf-8', text: text.slice(0, -2) + '\uFFFD', replaced: { count: 1, offsets: [cut.length - 1] } })
  })

  it('reads a file mixing UTF-8 with a few Windows-1252 bytes as UTF-8, listing the first offsets', () => {
    const western = iconv.encode(' (“a café in Le Soir’s street”)', 'windows-1252')
    const mixed = Buffer.concat([utf8, western, utf8])
    const decoded = decodeText(mixed)
    expect(decoded).toMatchObject({ ok: true, encoding: 'utf-8', replaced: { count: 4 } })
    expect(decoded.ok && decoded.text).toBe(`${text} (\uFFFDa caf\uFFFD in Le Soir\uFFFDs street\uFFFD)${text}`)
    const offsets = [0x93, 0xe9, 0x92, 0x94].map((b) => utf8.length + western.indexOf(b))
    expect(decoded.ok && decoded.replaced!.offsets).toEqual(offsets)
  })

  it('reports at most the first five offsets of many', () => {
    const pieces = Array.from({ length: 7 }, () => Buffer.concat([utf8, bytes(0xff)]))
    const decoded = decodeText(Buffer.concat(pieces))
    expect(decoded).toMatchObject({ ok: true, encoding: 'utf-8', replaced: { count: 7 } })
    expect(decoded.ok && decoded.replaced!.offsets).toHaveLength(5)
  })

  it('replaces bad bytes after a UTF-8 BOM, and still refuses a BOM before text that is not UTF-8', () => {
    expect(decodeText(Buffer.concat([bytes(0xef, 0xbb, 0xbf), utf8, bytes(0xc3, 0x28)]))).toEqual({ ok: true, encoding: 'utf-8', text: `${text}\uFFFD(`, replaced: { count: 1, offsets: [utf8.length + 3] } })
    expect(decodeText(Buffer.concat([bytes(0xef, 0xbb, 0xbf), iconv.encode(text, 'windows-1251')]))).toEqual({ ok: false, code: 'E_INPUT_ENCODING', reason: 'it is not valid UTF-8 text' })
  })

  it('still reads a whole Windows-1251 text as Windows-1251, accidental UTF-8 pairs and all', () => {
    // "Віктор" and "ТАСС»" hold byte pairs that are valid UTF-8 (В+і, С+»); the text around them is not.
    const cp1251 = 'Речник Віктор Данецький сказав агентству «ТАСС», що переговори тривають.'
    expect(decodeText(iconv.encode(cp1251, 'windows-1251'))).toEqual({ ok: true, text: cp1251, encoding: 'windows-1251' })
    expect(decodeText(iconv.encode(text, 'windows-1251'))).toEqual({ ok: true, text, encoding: 'windows-1251' })
  })

  it('reads the sample corpus page in Windows-1251 as before', () => {
    const page = readFileSync(new URL('../../samples/corpus/web/2026-06-06-vestnik-vennet-ru-cp1251.html', import.meta.url))
    expect(decodeText(page)).toMatchObject({ ok: true, encoding: 'windows-1251' })
    expect(decodeText(page)).not.toHaveProperty('replaced')
  })
})

describe('decodeText: declarations', () => {
  it('follows an HTML meta charset', () => {
    const decoded = decodeText(fixture('valdoria-herald-1251.html'))
    expect(decoded).toMatchObject({ ok: true, encoding: 'windows-1251' })
    expect(decoded.ok && decoded.text).toContain('<title>Варга: переговоры о границе необходимы — Вестник Кесселя</title>')
  })

  it('follows an http-equiv Content-Type and an XML declaration', () => {
    const html = iconv.encode('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><p>Да</p>', 'koi8-r')
    expect(decodeText(html)).toMatchObject({ ok: true, text: '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><p>Да</p>', encoding: 'koi8-r' })
    const xml = iconv.encode('<?xml version="1.0" encoding="windows-1251"?><rss><channel><title>Вести</title></channel></rss>', 'windows-1251')
    expect(decodeText(xml)).toMatchObject({ ok: true, encoding: 'windows-1251' })
  })

  it('lets the HTTP Content-Type charset win over the document', () => {
    const page = iconv.encode('<meta charset="windows-1251"><p>Привет</p>', 'koi8-r')
    expect(decodeText(page, { contentType: 'text/html; charset=KOI8-R' })).toMatchObject({ ok: true, text: '<meta charset="windows-1251"><p>Привет</p>' })
  })

  it('reads ISO-8859-1 as Windows-1252, as browsers do', () => {
    const page = Buffer.concat([Buffer.from('<meta charset="iso-8859-1"><p>'), bytes(0x93, 0x71, 0x94), Buffer.from('</p>')])
    expect(decodeText(page)).toMatchObject({ ok: true, text: '<meta charset="iso-8859-1"><p>“q”</p>', encoding: 'windows-1252' })
  })

  it('does not trust a UTF-8 declaration over bytes that are not UTF-8', () => {
    const page = Buffer.concat([Buffer.from('<meta charset="utf-8"><p>'), iconv.encode('Министр заявил, что переговоры необходимы', 'windows-1251')])
    expect(decodeText(page)).toMatchObject({ ok: true, encoding: 'windows-1251' })
  })

  it('ignores labels no decoder knows', () => {
    expect(decodeText(Buffer.from('<meta charset="x-no-such"><p>plain</p>'))).toMatchObject({ ok: true, encoding: 'utf-8' })
  })
})

describe('decodeText: refusals', () => {
  it('calls empty and blank input empty', () => {
    expect(decodeText(fixture('empty.txt'))).toEqual({ ok: false, code: 'E_INPUT_EMPTY', reason: 'it is empty' })
    expect(decodeText(Buffer.from(' \n\t'))).toEqual({ ok: false, code: 'E_INPUT_EMPTY', reason: 'it contains only white space' })
    expect(decodeText(Buffer.from('\uFEFF'))).toEqual({ ok: false, code: 'E_INPUT_EMPTY', reason: 'it is empty' })
  })

  it('calls binary data binary: NUL bytes, or mostly control characters', () => {
    expect(decodeText(fixture('binary.bin'))).toEqual({ ok: false, code: 'E_INPUT_BINARY', reason: 'it looks like a binary file (it contains NUL bytes), not text' })
    expect(decodeText(bytes(0xff, 0xfe, 0x41, 0x00, 0x00, 0x00))).toMatchObject({ ok: false, code: 'E_INPUT_BINARY' }) // NUL after decoding UTF-16
    expect(decodeText(bytes(0x01, 0x02, 0x03, 0x41, 0x04, 0x05, 0x42, 0x06))).toMatchObject({ ok: false, code: 'E_INPUT_BINARY', reason: expect.stringContaining('control characters') })
  })

  it('refuses malformed Unicode and UTF-32', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x41))).toEqual({ ok: false, code: 'E_INPUT_ENCODING', reason: 'it is not valid UTF-16LE text' })
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0xc3, 0x28, 0xd0))).toEqual({ ok: false, code: 'E_INPUT_ENCODING', reason: 'it is not valid UTF-8 text' })
    expect(decodeText(bytes(0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00))).toMatchObject({ ok: false, code: 'E_INPUT_ENCODING', reason: expect.stringContaining('UTF-32') })
  })
})

describe('decodeText: a declared legacy charset and bytes that are UTF-8', () => {
  it('reads valid UTF-8 as UTF-8 even where the page declares gb2312 or windows-1251', () => {
    // Fictional text; the declaration is a template's leftover.
    for (const charset of ['gb2312', 'windows-1251']) {
      const html = `<html><head><meta charset="${charset}"><title>港口</title></head><body><p>贸易部长伊尔莎·瓦尔加说，走廊将于周一重新开放。Министр заявила.</p></body></html>`
      const decoded = decodeText(new TextEncoder().encode(html))
      expect(decoded.ok && decoded.text).toBe(html)
    }
  })

  it('still follows the declaration for bytes that are not UTF-8', () => {
    const text = 'Министр торговли Ильса Варга заявила, что коридор откроется.'
    const html = `<html><head><meta charset="windows-1251"></head><body><p>${text}</p></body></html>`
    const decoded = decodeText(iconv.encode(html, 'windows-1251'))
    expect(decoded.ok && decoded.text).toBe(html)
  })
})
