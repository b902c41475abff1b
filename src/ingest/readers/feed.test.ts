import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readBytes } from '../read.js'
import { readFeed } from './feed.js'

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')

describe('feed reader: RSS 2.0', () => {
  const result = readFeed(fixture('meridian-feed.rss'), 'feed.rss')

  it('reads one document per item with text, the channel title as outlet', () => {
    expect(result.problems).toEqual([])
    expect(result.documents.map((d) => d.origin)).toEqual([
      'feed.rss#meridian-2026-0313-001', // guid
      'feed.rss#https://meridian-press.example/city/2026/03/tram-strike-week-two',
      'feed.rss#https://meridian-press.example/economy/2026/03/ferry-fares',
    ]) // the fourth item is empty: skipped
    for (const doc of result.documents) expect(doc).toMatchObject({ reader: 'feed', outlet: 'Meridian Press – Politics', lang: 'en' })
  })

  it('prefers content:encoded and reads its HTML like a page (no script, no share link)', () => {
    expect(result.documents[0]).toMatchObject({
      title: 'Varga says border talks with Ostrava Sound are "essential"',
      date: '2026-03-13T09:45:00+01:00',
      url: 'https://meridian-press.example/politics/2026/03/varga-border-talks',
      text: 'Valdoria\'s foreign minister Ilsa Varga said on Friday that talks with Ostrava Sound on the northern border were "essential".\n\nShe said a joint commission could meet as early as May.',
    })
  })

  it('decodes an entity-escaped HTML description', () => {
    expect(result.documents[1]).toMatchObject({
      date: '2026-03-09T17:00:00Z',
      text: 'Union leader Hedda Marr said drivers would stay out "as long as it takes".\n\nDeputy mayor Konrad Falk said the city’s offer stood.',
    })
  })

  it('falls back to the title as text, and to a permalink guid as the URL', () => {
    expect(result.documents[2]).toMatchObject({
      title: 'Ferry fares to rise in April',
      text: 'Ferry fares to rise in April',
      url: 'https://meridian-press.example/economy/2026/03/ferry-fares',
      date: '2026-03-08T08:00:00-05:00',
    })
  })
})

describe('feed reader: Atom', () => {
  const result = readFeed(fixture('greywater-atom.xml'), 'news.atom')

  it('reads xhtml content, html titles and summaries, relative links against the feed address', () => {
    expect(result.problems).toEqual([])
    expect(result.documents).toEqual([
      {
        origin: 'news.atom#tag:greywater-radio.example,2026:news/1841',
        reader: 'feed',
        title: 'Coast guard detains trawler off Port Alder',
        text: 'The Valdorian coast guard detained a trawler registered in Ostrava Sound on Sunday evening.\n\nA spokeswoman, Ingrid Sola, said the vessel had ignored two radio warnings.',
        date: '2026-03-02T07:15:00+01:00', // published, not updated
        url: 'https://greywater-radio.example/news/1841',
        outlet: 'Greywater Radio News',
        lang: 'en',
      },
      {
        origin: 'news.atom#tag:greywater-radio.example,2026:news/1842',
        reader: 'feed',
        title: 'Consulate seeks access to detained crew',
        text: 'Ostrava Sound\'s consulate in Kessel said it was “seeking urgent consular access”.',
        date: '2026-03-02T12:30:00Z',
        url: 'https://greywater-radio.example/news/1842',
        outlet: 'Greywater Radio News',
        lang: 'en',
      },
    ])
  })
})

describe('feed reader: malformed feeds', () => {
  it('reads the items of a truncated feed up to the break, and says it is truncated', () => {
    const result = readFeed(fixture('truncated-feed.rss'), 'cut.rss')
    expect(result.documents.map((d) => d.origin)).toEqual(['cut.rss#meridian-2026-0313-001'])
    expect(result.problems).toEqual([
      {
        origin: 'cut.rss',
        code: 'E_INPUT_MALFORMED',
        message: 'it is not well-formed XML (it ends before rss > channel > item > guid are closed: truncated?); the items before the break were read',
      },
    ])
  })

  it('fails whole when nothing can be saved, or when it is XML of another kind', () => {
    expect(readFeed('<rss version="2.0"><channel><title>T</tit', 'a.rss')).toMatchObject({ documents: [], problems: [{ code: 'E_INPUT_MALFORMED' }] })
    expect(readFeed('<catalog><book>x</book></catalog>', 'b.xml')).toEqual({
      documents: [],
      problems: [{ origin: 'b.xml', code: 'E_INPUT_MALFORMED', message: 'it is XML but not an RSS or Atom feed' }],
    })
  })

  it('does not expand entity bombs, and survives deep nesting', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><rss><channel><title>T</title><item><title>&d;</title><description>Body</description></item></channel></rss>`
    const result = readFeed(bomb, 'bomb.rss')
    expect(JSON.stringify(result).length).toBeLessThan(2000)
    const deep = `<rss><channel><item><title>x</title><guid>${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}</guid></item></channel></rss>`
    expect(readFeed(deep, 'deep.rss').problems[0]).toMatchObject({ code: 'E_INPUT_MALFORMED' })
  })

  it('reads a feed with a DOCTYPE internal subset as a feed, its entities left unexpanded, and warns', () => {
    const feed = `<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY x "y"><!ENTITY mark "> ] quoted">]>\n<rss version="2.0"><channel><title>Harbor Ledger</title><item><title>Talks &x;</title><link>https://harbor-ledger.example/1?a=1&amp;b=2</link><description>Ilsa Varga said &x; the talks would go on.</description></item></channel></rss>`
    const result = readBytes(Buffer.from(feed), 'doctype.xml')
    expect(result.documents).toEqual([
      { origin: 'doctype.xml#https://harbor-ledger.example/1?a=1&b=2', reader: 'feed', outlet: 'Harbor Ledger', title: 'Talks &x;', url: 'https://harbor-ledger.example/1?a=1&b=2', text: 'Ilsa Varga said &x; the talks would go on.' },
    ])
    expect(result.problems).toEqual([{ origin: 'doctype.xml', code: 'E_INPUT_MALFORMED', severity: 'warning', message: 'its DOCTYPE declares entities; they were not expanded' }])
  })

  it('does not expand a billion-laughs subset, quickly, nor a DOCTYPE inside the document', () => {
    const levels = Array.from({ length: 12 }, (_, k) => `<!ENTITY l${k + 1} "${`&l${k};`.repeat(10)}">`).join('')
    const bomb = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "ha">${levels}]><rss><channel><title>T &l12;</title><item><title>&l12;</title><description>Body &l12;</description></item></channel></rss>`
    const started = performance.now()
    const result = readBytes(Buffer.from(bomb), 'laughs.xml')
    expect(performance.now() - started).toBeLessThan(1000)
    expect(result.documents).toMatchObject([{ reader: 'feed', title: '&l12;', text: 'Body &l12;', outlet: 'T &l12;' }])
    const inside = `<rss><channel><!DOCTYPE rss [<!ENTITY x "EXPANDED">]><title>T</title><item><link>https://h.example/&x;</link><description>Said &x;.</description></item></channel></rss>`
    expect(JSON.stringify(readFeed(inside, 'inside.rss'))).not.toContain('EXPANDED')
  })

  it('refuses, with the reason, a DOCTYPE that never ends', () => {
    const endless = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x "${'y'.repeat(70_000)}`
    expect(readBytes(Buffer.from(endless), 'endless.xml')).toEqual({ documents: [], problems: [{ origin: 'endless.xml', code: 'E_INPUT_MALFORMED', message: expect.stringMatching(/^it is not well-formed XML/) }] })
  })

  it('keeps only http(s) item links, and says which were dropped', () => {
    const feed = `<rss><channel><title>W</title><item><link>javascript:alert(1)</link><description>Varga said so.</description></item><item><link>https://w.example/2</link><description>Marrow said so.</description></item></channel></rss>`
    const result = readFeed(feed, 'links.rss')
    expect(result.documents.map((d) => d.url)).toEqual([undefined, 'https://w.example/2'])
    expect(result.problems).toEqual([{ origin: 'links.rss#javascript:alert(1)', code: 'E_INPUT_MALFORMED', severity: 'warning', message: 'item 1: its link "javascript:alert(1)" is not an http(s) URL; read without it' }])
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><id>e1</id><link href="data:text/html,x"/><content>Varga said so.</content></entry></feed>`
    expect(readFeed(atom, 'a.atom')).toMatchObject({ documents: [{ origin: 'a.atom#e1', text: 'Varga said so.' }], problems: [{ severity: 'warning', message: expect.stringContaining('"data:text/html,x" is not an http(s) URL') }] })
    expect(readFeed(atom, 'a.atom').documents[0]).not.toHaveProperty('url')
  })
})
