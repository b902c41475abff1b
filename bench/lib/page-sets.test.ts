import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { readBytes } from '../../src/ingest/read.js'
import { shingleCounts, shingleScores } from '../../src/ingest/html/shingle-f1.js'
import { loadPageSet, PageSetError } from './page-sets.js'

// Fictional pages, written for this test.
const BODY = 'Harbour master Oskar Lindell said on Wednesday that the first ships would dock at Port Meren on Thursday, after two weeks of talks between the Valdorian and Kestran delegations. Customs chief Petra Olave said that inspections would take no longer than a day.'
const PAGE = `<!doctype html><html><head><title>Ships to dock at Port Meren — Harbour Ledger</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Ships to dock at Port Meren</h1><p>${BODY}</p><p>${BODY}</p></article>
<footer>© Harbour Ledger, a fictional outlet</footer></body></html>`

const root = mkdtempSync(join(tmpdir(), 'wirewatch-page-sets-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('page sets for bench:html', () => {
  it('reads the article-extraction-benchmark layout (gzipped pages, ground-truth.json)', () => {
    const dir = join(root, 'aeb')
    mkdirSync(join(dir, 'html'), { recursive: true })
    writeFileSync(join(dir, 'ground-truth.json'), JSON.stringify({ p1: { articleBody: `${BODY}\n${BODY}`, url: 'https://harbour-ledger.example/ships' } }))
    writeFileSync(join(dir, 'html', 'p1.html.gz'), gzipSync(PAGE))
    const set = loadPageSet(dir)
    expect(set.layout).toBe('article-extraction-benchmark')
    expect(set.pages).toHaveLength(1)
    const page = set.pages[0]!
    const text = readBytes(page.html, 'p1.html', { url: page.url! }).documents[0]!.text
    const scores = shingleScores([shingleCounts(page.expected, text)])
    expect(scores.f1).toBeGreaterThan(0.95)
  })

  it('reads readability’s test-pages layout, the expected article as HTML', () => {
    const dir = join(root, 'rtp')
    mkdirSync(join(dir, 'ledger-1'), { recursive: true })
    writeFileSync(join(dir, 'ledger-1', 'source.html'), PAGE)
    writeFileSync(join(dir, 'ledger-1', 'expected.html'), `<div><p>${BODY}</p><p>${BODY}</p></div>`)
    const set = loadPageSet(dir)
    expect(set.layout).toBe('readability-test-pages')
    expect(set.pages[0]!.expected).toContain('Customs chief Petra Olave')
    expect(set.pages[0]!.expected).not.toContain('<p>')
  })

  it('says what it expected of a folder that is neither', () => {
    expect(() => loadPageSet(join(root, 'missing'))).toThrow(PageSetError)
    mkdirSync(join(root, 'empty'))
    expect(() => loadPageSet(join(root, 'empty'))).toThrow(/neither ground-truth.json/)
    const dir = join(root, 'broken')
    mkdirSync(dir)
    writeFileSync(join(dir, 'ground-truth.json'), JSON.stringify({ gone: { articleBody: 'x' } }))
    expect(() => loadPageSet(dir)).toThrow(/html\/gone.html.gz/)
  })
})
