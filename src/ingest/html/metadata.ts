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

/**
 * The body without a first line that repeats the title (pages that set the headline in a <font>
 * or <div>, which Readability cannot tell from the text), nor a dateline right after it
 * ("8 January 2026", "Published: Mon, 02 Mar 2026 07:15 +0100"), whose date is returned.
 */
export function withoutLeadingTitle(text: string, title: string): { text: string; date?: string } {
  const lines = text.split('\n')
  if (normalizeSpace(lines[0] ?? '') !== normalizeSpace(title)) return { text }
  const date = lines[1] === undefined ? undefined : datelineDate(lines[1])
  const rest = lines.slice(date === undefined ? 1 : 2).join('\n').replace(/^\s+/, '')
  return date === undefined ? { text: rest } : { text: rest, date }
}

const DATELINE_LABEL = /^(?:published|posted|updated|date|dated)(?:\s+on)?\s*:?\s*/i

/** A short line that is only a date, perhaps after a label. */
export function datelineDate(line: string): string | undefined {
  const trimmed = line.trim()
  return trimmed.length <= 60 ? normalizeDate(trimmed.replace(DATELINE_LABEL, '')) : undefined
}

/**
 * The site's name from a <title> that joins it to the headline: "Greywater Radio | Trawler
 * detained" with the headline "Trawler detained" → "Greywater Radio". Only a short remainder counts.
 */
export function siteNameFromTitle(documentTitle: string, headline: string): string | undefined {
  const t = normalizeSpace(documentTitle)
  const h = normalizeSpace(headline)
  if (t === h || !t.includes(h)) return undefined
  const original = documentTitle.replace(/\s+/g, ' ').trim()
  for (const sep of SEPARATORS) {
    let rest: string | undefined
    if (t.startsWith(`${h}${sep.toLowerCase()}`)) rest = original.slice(h.length + sep.length)
    else if (t.endsWith(`${sep.toLowerCase()}${h}`)) rest = original.slice(0, original.length - h.length - sep.length)
    if (rest !== undefined && rest.trim() !== '' && rest.trim().split(' ').length <= 5) return rest.trim()
  }
  return undefined
}

function normalizeSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase()
}
