// HTML pages: the article body through Readability (html/article.ts), title, date, outlet, URL
// and language from the page's metadata. Hostile markup is bounded by html/sanitize.ts first.

import { extractArticle } from '../html/article.js'
import { parseDocument } from '../html/dom.js'
import { cleanTitle, readMetadata } from '../html/metadata.js'
import { sanitizeHtml } from '../html/sanitize.js'
import type { ReadResult, ReaderContext } from '../input.js'
import { documentOf, failed, one } from './result.js'

/** `context.url`, the page's address, resolves relative links and is its URL when it names no canonical one. */
export function readHtml(text: string, origin: string, context: ReaderContext = {}): ReadResult {
  const { html, jsonLd } = sanitizeHtml(text)
  const page = parseDocument(html)
  const meta = readMetadata(page, jsonLd, context.url)
  const article = extractArticle(page)
  if (article.text === '') return failed(origin, 'E_INPUT_EMPTY', 'it is an HTML page with no text in it')
  const title = meta.title ?? article.title ?? meta.documentTitle
  return one(
    documentOf('html', origin, article.text, {
      title: title === undefined ? undefined : cleanTitle(title, meta.outlet),
      date: meta.date,
      outlet: meta.outlet,
      url: meta.url,
      lang: meta.lang,
    }),
  )
}
