// Sets of real web pages with the article text people expect from them, in the layouts the
// public article-extraction benchmarks ship in. None is in this repository: the pages are other
// publishers' articles. Point the bench at a checkout of one.
//
// - Scrapinghub's article-extraction-benchmark: ground-truth.json ({ id: { articleBody, url } })
//   and html/<id>.html.gz (or .html).
// - readability.js's test pages (test/test-pages): <name>/source.html and <name>/expected.html
//   (the article as HTML: its text is what counts).

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { parseHTML } from 'linkedom'

export interface Page {
  name: string
  html: Uint8Array
  expected: string
  url?: string
}

export interface PageSet {
  layout: 'article-extraction-benchmark' | 'readability-test-pages'
  pages: Page[]
}

export class PageSetError extends Error {
  override name = 'PageSetError'
}

export function loadPageSet(dir: string, limit = Infinity): PageSet {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new PageSetError(`${dir} is not a folder`)
  if (existsSync(join(dir, 'ground-truth.json'))) return { layout: 'article-extraction-benchmark', pages: benchmarkPages(dir, limit) }
  const names = readdirSync(dir)
    .filter((n) => existsSync(join(dir, n, 'source.html')) && existsSync(join(dir, n, 'expected.html')))
    .sort()
  if (names.length === 0) {
    throw new PageSetError(`${dir} holds neither ground-truth.json with html/ (article-extraction-benchmark) nor <name>/source.html with expected.html (readability's test pages)`)
  }
  return {
    layout: 'readability-test-pages',
    pages: names.slice(0, limit).map((name) => ({
      name,
      html: readFileSync(join(dir, name, 'source.html')),
      expected: textOfHtml(readFileSync(join(dir, name, 'expected.html'), 'utf8')),
    })),
  }
}

function benchmarkPages(dir: string, limit: number): Page[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string; url?: string }>
  const pages: Page[] = []
  for (const [id, t] of Object.entries(truth).sort(([a], [b]) => a.localeCompare(b))) {
    if (pages.length >= limit) break
    const gz = join(dir, 'html', `${id}.html.gz`)
    const plain = join(dir, 'html', `${id}.html`)
    const html = existsSync(gz) ? gunzipSync(readFileSync(gz)) : existsSync(plain) ? readFileSync(plain) : null
    if (!html) throw new PageSetError(`ground-truth.json names ${id}, but neither html/${id}.html.gz nor html/${id}.html exists`)
    pages.push({ name: id, html, expected: t.articleBody ?? '', ...(t.url ? { url: t.url } : {}) })
  }
  return pages
}

function textOfHtml(html: string): string {
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`)
  return document.body?.textContent ?? ''
}
