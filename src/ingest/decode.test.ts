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
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x41, 0xc3, 0x28))).toEqual({ ok: false, code: 'E_INPUT_ENCODING', reason: 'it is not valid UTF-8 text' })
    expect(decodeText(bytes(0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00))).toMatchObject({ ok: false, code: 'E_INPUT_ENCODING', reason: expect.stringContaining('UTF-32') })
  })
})
