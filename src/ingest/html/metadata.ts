// What a page says about itself: title, publication date, outlet, canonical URL, language —
// from meta tags (Open Graph, article:*, Dublin Core, itemprop), JSON-LD and <time>. Read before
// Readability runs, because Readability rewrites the document.

import { normalizeDate } from '../dates.js'
import type { DomDocument } from './dom.js'
import { readJsonLd } from './json-ld.js'

export interface PageMetadata {
  /** og:title, twitter:title or the JSON-LD headline: titles the publisher wrote for sharing. */
  title?: string
  /** The <title> element, which usually carries the site name too. */
  documentTitle?: string
  date?: string
  outlet?: string
  url?: string
  lang?: string
}

// Meta keys that name the publication date, best first (after article:published_time and JSON-LD).
const DATE_KEYS = [
  'datepublished', 'og:published_time', 'og:article:published_time', 'pubdate', 'publishdate', 'publish-date',
  'publication_date', 'date', 'dc.date.issued', 'dc.date', 'dcterms.issued', 'dcterms.created', 'dcterms.date',
  'parsely-pub-date', 'sailthru.date', 'article.published',
]

export function readMetadata(doc: DomDocument, jsonLdBlocks: readonly string[], base: string | undefined): PageMetadata {
  const meta = metaMap(doc)
  const ld = readJsonLd(jsonLdBlocks)
  const result: PageMetadata = {}
  const title = meta.get('og:title') ?? meta.get('twitter:title') ?? ld.headline
  if (title) result.title = title
  const documentTitle = doc.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim()
  if (documentTitle) result.documentTitle = documentTitle
  const date = firstDate([meta.get('article:published_time'), ld.datePublished, ...DATE_KEYS.map((k) => meta.get(k)), ...timeElements(doc)])
  if (date) result.date = date
  const outlet = meta.get('og:site_name') ?? ld.publisher ?? meta.get('application-name')
  if (outlet) result.outlet = outlet
  const canonical = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? undefined
  const url = [canonical, meta.get('og:url'), ld.url].map((u) => absoluteUrl(u, base)).find((u) => u !== undefined) ?? absoluteUrl(base, undefined)
  if (url) result.url = url
  const lang = languageOf(doc.documentElement?.getAttribute('lang')) ?? languageOf(meta.get('content-language')) ?? languageOf(meta.get('og:locale')) ?? languageOf(ld.inLanguage)
  if (lang) result.lang = lang
  return result
}

/** meta property/name/itemprop/http-equiv (lower case) → content; the first of each wins. */
function metaMap(doc: DomDocument): Map<string, string> {
  const map = new Map<string, string>()
  const metas = doc.querySelectorAll('meta')
  for (let i = 0; i < metas.length; i++) {
    const el = metas[i]!
    const content = el.getAttribute('content')?.trim()
    if (!content) continue
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase()
      if (key && !map.has(key)) map.set(key, content)
    }
  }
  return map
}

/** <time> elements that mark publication: itemprop=datePublished, pubdate, or the article's first. */
function timeElements(doc: DomDocument): (string | undefined)[] {
  const selectors = ['[itemprop="datePublished"]', 'time[pubdate]', 'article time[datetime]']
  return selectors.map((selector) => {
    const el = doc.querySelector(selector)
    return el?.getAttribute('datetime') ?? el?.getAttribute('content') ?? undefined
  })
}

function firstDate(candidates: (string | undefined)[]): string | undefined {
  for (const candidate of candidates) {
    const date = candidate === undefined ? undefined : normalizeDate(candidate)
    if (date) return date
  }
  return undefined
}

/** An http(s) URL, resolved against the page's own address when relative; else undefined. */
export function absoluteUrl(href: string | undefined, base: string | undefined): string | undefined {
  if (!href?.trim()) return undefined
  try {
    const url = new URL(href.trim(), base !== undefined && /^https?:/i.test(base) ? base : undefined)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
  } catch {
    return undefined
  }
}

/** "en-GB", "ru_RU", "uk" → "en", "ru", "uk". */
export function languageOf(tag: string | null | undefined): string | undefined {
  const m = tag ? /^([a-z]{2})(?:[-_]|$)/i.exec(tag.trim()) : null
  return m ? m[1]!.toLowerCase() : undefined
}

const SEPARATORS = [' | ', ' - ', ' — ', ' – ', ' :: ', ' · ', ' » ', ': ']

/** "Varga backs border talks | Meridian Press" → "Varga backs border talks" when the outlet is known. */
export function cleanTitle(title: string, outlet: string | undefined): string {
  const t = title.replace(/\s+/g, ' ').trim()
  if (!outlet) return t
  const site = outlet.toLowerCase()
  for (const sep of SEPARATORS) {
    const lower = t.toLowerCase()
    if (lower.endsWith(`${sep}${site}`) && t.length > sep.length + site.length) return t.slice(0, t.length - sep.length - site.length).trim()
    if (lower.startsWith(`${site}${sep}`) && t.length > sep.length + site.length) return t.slice(site.length + sep.length).trim()
  }
  return t
}
