// HTML pages: the article body through Readability (html/article.ts), title, date, outlet, URL
// and language from the page's metadata. Hostile markup is bounded by html/sanitize.ts first.

import { extractArticle } from '../html/article.js'
import { parseDocument } from '../html/dom.js'
import { cleanTitle, readMetadata, siteNameFromTitle, withoutLeadingTitle } from '../html/metadata.js'
import { sanitizeHtml } from '../html/sanitize.js'
import type { ReadResult, ReaderContext } from '../input.js'
import { documentOf, failed, one } from './result.js'

/** `context.url`, the page's address, resolves relative links and is its URL when it names no canonical one. */
export function readHtml(source: string, origin: string, context: ReaderContext = {}): ReadResult {
  const { html, jsonLd } = sanitizeHtml(source)
  const page = parseDocument(html)
  const meta = readMetadata(page, jsonLd, context.url)
  const article = extractArticle(page)
  if (article.text === '') return failed(origin, 'E_INPUT_EMPTY', 'it is an HTML page with no text in it')
  const rawTitle = meta.title ?? article.title ?? meta.documentTitle
  const outlet = meta.outlet ?? (meta.documentTitle && rawTitle ? siteNameFromTitle(meta.documentTitle, rawTitle) : undefined)
  const title = rawTitle === undefined ? undefined : cleanTitle(rawTitle, outlet)
  const body = title === undefined ? { text: article.text } : withoutLeadingTitle(article.text, title)
  if (body.text === '') return failed(origin, 'E_INPUT_EMPTY', 'it is an HTML page with no text in it')
  return one(
    documentOf('html', origin, body.text, {
      title,
      date: meta.date ?? body.date,
      outlet,
      url: meta.url,
      lang: meta.lang,
    }),
  )
}
