import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { decodeText } from '../decode.js'
import type { InputDocument } from '../input.js'
import { readHtml } from './html.js'

const fixture = (name: string): string => {
  const decoded = decodeText(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)))
  if (!decoded.ok) throw new Error(decoded.reason)
  return decoded.text
}
const expected = (name: string): string => fixture(name.replace(/\.html$/, '.expected.txt')).trim()

function readOne(name: string, url?: string): InputDocument {
  const result = readHtml(fixture(name), name, url === undefined ? {} : { url })
  expect(result.problems).toEqual([])
  expect(result.documents).toHaveLength(1)
  return result.documents[0]!
}

describe('html reader: a news page with navigation, ads, comments and scripts around the article', () => {
  const doc = readOne('meridian-article.html')

  it('extracts the article body as paragraphs, and nothing around it', () => {
    expect(doc.text).toBe(expected('meridian-article.html'))
    for (const furniture of ['Advertisement', 'Most read', 'Comments', 'harbourwatcher', 'Sign up', 'Share on', 'alert', 'All rights reserved', 'Politics\n']) {
      expect(doc.text).not.toContain(furniture)
    }
  })

  it('reads title, date, outlet, canonical URL and language from the metadata', () => {
    expect(doc).toMatchObject({
      reader: 'html',
      title: 'Varga says border talks with Ostrava Sound are "essential"',
      date: '2026-03-13T09:45:00+01:00',
      outlet: 'Meridian Press',
      url: 'https://meridian-press.example/politics/2026/03/varga-border-talks',
      lang: 'en',
    })
  })

  it('takes only an http(s) canonical link: a "javascript:" one falls back to the page address', () => {
    const page = `<html><head><link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="data:text/html,x"></head><body><article><p>${'Ilsa Varga said the talks would go on. '.repeat(8)}</p></article></body></html>`
    expect(readHtml(page, 'p.html').documents[0]).not.toHaveProperty('url')
    expect(readHtml(page, 'p.html', { url: 'https://meridian-press.example/p' }).documents[0]?.url).toBe('https://meridian-press.example/p')
  })

  it('resolves a relative canonical link against the page address when it was fetched', () => {
    const fetched = readOne('meridian-article.html', 'https://meridian-press.example/p?id=7')
    expect(fetched.url).toBe('https://meridian-press.example/politics/2026/03/varga-border-talks')
  })
})

describe('html reader: other layouts', () => {
  it('div soup with unclosed <p>, <br> lines, entities and JSON-LD metadata', () => {
    const doc = readOne('kessel-courier-divsoup.html')
    expect(doc.text).toBe(expected('kessel-courier-divsoup.html'))
    expect(doc).toMatchObject({
      title: 'Tram strike: unions and city hall trade blame',
      date: '2026-02-20T18:30:00+01:00',
      outlet: 'Kessel Courier',
      url: 'https://kessel-courier.example/city/tram-strike-blame',
    })
  })

  it('a table layout: the headline and dateline set in <font> are not body text', () => {
    const doc = readOne('port-alder-gazette-tables.html')
    expect(doc.text).toBe(expected('port-alder-gazette-tables.html').replace('Quick facts\n', 'Quick facts\n\n').replace('crowns\n', 'crowns\n\n'))
    expect(doc).toMatchObject({ title: 'Harbour council approves dredging plan', date: '2026-01-08', outlet: 'Port Alder Gazette' })
  })

  it('a page in Windows-1251 declared by its meta tag', () => {
    const doc = readOne('valdoria-herald-1251.html')
    expect(doc.text).toBe(expected('valdoria-herald-1251.html'))
    expect(doc).toMatchObject({ title: 'Варга: переговоры о границе необходимы', outlet: 'Вестник Кесселя', lang: 'ru', date: '2026-03-13T11:20:00+01:00' })
  })

  it('a short statement, and a comment section longer than the article', () => {
    expect(readOne('short-statement.html')).toMatchObject({ text: expected('short-statement.html'), date: '2026-03-14', title: 'Statement on the Greywater estuary' })
    expect(readOne('harlow-observer-comments.html').text).toBe(expected('harlow-observer-comments.html'))
  })

  it('<br><br> paragraphs: a labelled dateline gives the date, the <title> the outlet', () => {
    const doc = readOne('greywater-radio-brbr.html')
    expect(doc.text).toBe(expected('greywater-radio-brbr.html'))
    expect(doc).toMatchObject({ title: 'Coast guard detains trawler off Port Alder', date: '2026-03-02T07:15:00+01:00', outlet: 'Greywater Radio' })
  })
})

describe('html reader: hostile and broken pages', () => {
  it('drops scripts, handlers, iframes, svg, comments, noscript, templates and hidden text', () => {
    const doc = readOne('hostile.html')
    expect(doc.text).toBe(
      'Port Alder harbour master Greta Lund said the channel would reopen on Monday.\n\n' +
        'She said the dredgers had finished early & that "no further closures" were planned — at least until June.',
    )
  })

  it('falls back to the main text blocks, without header and footer, when Readability is not used', () => {
    // Over 200,000 characters of text a page is not an article, and Readability would be slow.
    const paragraphs = Array.from({ length: 5000 }, (_, i) => `<p>Archive entry ${i}: Varga spoke in Kessel.</p>`).join('')
    const result = readHtml(`<html><body><header>Site</header><nav>Menu</nav><main>${paragraphs}</main><footer>(c)</footer></body></html>`, 'x.html')
    const text = result.documents[0]!.text
    expect(text.startsWith('Archive entry 0: Varga spoke in Kessel.\n\nArchive entry 1:')).toBe(true)
    expect(text.endsWith('Archive entry 4999: Varga spoke in Kessel.')).toBe(true)
  })

  it('reports a page with no text as empty', () => {
    expect(readHtml('<html><head><title>x</title><script>alert(1)</script></head><body><img src=a></body></html>', 'x.html')).toEqual({
      documents: [],
      problems: [{ origin: 'x.html', code: 'E_INPUT_EMPTY', message: 'it is an HTML page with no text in it' }],
    })
  })

  it('stays fast on pathological markup', () => {
    const cases = [
      `<html><body>${'<div>'.repeat(100_000)}deep text${'</div>'.repeat(100_000)}</body></html>`,
      `<html><body>${'<b><i><span>'.repeat(30_000)}unclosed text</body></html>`,
      `<html><body><p title="${'x'.repeat(5_000_000)}">huge attribute</p></body></html>`,
      `<html><body>${'<p>a paragraph of words, again.</p>'.repeat(100_000)}</body></html>`,
      `<html><body><p>kept</p>${'<script>'.repeat(50_000)}</body></html>`,
      `<html><body>${'<'.repeat(300_000)}<p>text</p></body></html>`,
      `<html><body><p>${'&amp;&#x41;&nbsp;&#99999999;&#0;'.repeat(50_000)}</p></body></html>`,
    ]
    for (const html of cases) {
      const started = performance.now()
      const result = readHtml(html, 'x.html')
      expect(performance.now() - started, html.slice(0, 40)).toBeLessThan(8000)
      expect(result.documents.length + result.problems.length).toBe(1)
    }
  }, 60_000)
})
