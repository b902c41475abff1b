// The article body of a page: Readability picks the content node, domToText turns it into
// paragraphs. When Readability finds nothing (or fails), the page's main text blocks stand in.

import { Readability } from '@mozilla/readability'
import { type DomDocument, type DomNode } from './dom.js'
import { DEFAULT_LIMITS } from './sanitize.js'
import { domToText } from './to-text.js'

export interface Article {
  /** Readability's title: the <title> with the site name cut off by its heuristics. */
  title?: string
  text: string
  /** Which path found the text. */
  via: 'readability' | 'fallback'
}

/** Page furniture the fallback leaves out; Readability judges these itself. */
const FURNITURE = new Set(['header', 'footer'])

/**
 * Past this much text a page is not an article (an archive, a dump, a hostile page), and
 * Readability, which re-scans text per candidate node, would take seconds: the fallback serves.
 */
const MAX_READABILITY_TEXT = 200_000

/** Readability rewrites `doc`: read metadata first. */
export function extractArticle(doc: DomDocument): Article {
  // Taken before Readability runs: on failure it leaves the document emptied or re-parsed.
  const root = doc.querySelector('article') ?? doc.querySelector('main, [role="main"]') ?? doc.body ?? doc
  const fallback: Article = { text: domToText(root, { skip: FURNITURE }), via: 'fallback' }
  if ((doc.body ?? doc).textContent!.length > MAX_READABILITY_TEXT) return fallback
  const parsed = runReadability(doc)
  if (parsed && parsed.text !== '') return { ...parsed, via: 'readability' }
  return parsed?.title ? { ...fallback, title: parsed.title } : fallback
}

function runReadability(doc: DomDocument): { title?: string; text: string } | null {
  try {
    const reader = new Readability<DomNode>(doc, {
      serializer: (node: DomNode) => node,
      // The sanitizer bounds the element count already; this is Readability's own guard.
      maxElemsToParse: DEFAULT_LIMITS.maxElements * 2,
      // Readability's default (500) makes a short news item (a statement, a wire flash) fail the
      // first pass; the retries then stop stripping unlikely nodes, and site footers leak in.
      charThreshold: 250,
    })
    const result = reader.parse()
    if (!result) return null
    const text = result.content ? domToText(result.content) : ''
    const title = result.title?.trim()
    return title ? { title, text } : { text }
  } catch {
    // Readability throws on documents it cannot handle (too many elements, odd trees): fall back.
    return null
  }
}
