// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one document per item or entry. The feed's title is
// the outlet. Item bodies are HTML more often than not and are read like pages (html/fragment.ts).
// A truncated feed still yields the items before the break, with a problem saying so.
// Entities are never expanded beyond XML's five and character references: a DOCTYPE's own
// entities stay as written, so an entity bomb costs nothing and a feed cannot define its text.

import { XMLParser } from 'fast-xml-parser'
import { normalizeDate } from '../dates.js'
import { htmlFragmentToText } from '../html/fragment.js'
import { absoluteUrl, languageOf } from '../html/metadata.js'
import type { InputDocument, ReadProblem, ReadResult, ReaderContext } from '../input.js'
import { readProlog } from '../xml-prolog.js'
import { type XmlProblem, decodeEntities, salvageFeed, unescapeXml, xmlProblem } from '../xml-text.js'
import { documentOf, failed, problemOf, reasonOf, warningOf } from './result.js'

type XmlRecord = Record<string, unknown>

// Text-bearing elements are kept raw: Atom's type="xhtml" content is markup that the parser would
// otherwise scatter into objects, and raw text keeps CDATA and entities for unescapeXml.
const RAW_ELEMENTS = ['title', 'description', 'content:encoded', 'content', 'summary']

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // The parser would expand a DOCTYPE's entities (anywhere in the text, as fast-xml-parser reads
  // a DOCTYPE wherever it stands); values are decoded by textOf/unescapeXml instead.
  processEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  stopNodes: RAW_ELEMENTS.map((name) => `*.${name}`),
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
})

type Kind = 'rss' | 'rdf' | 'atom'

interface FeedShape {
  kind: Kind
  channel: XmlRecord
  items: unknown[]
}

export function readFeed(text: string, origin: string, context: ReaderContext = {}): ReadResult {
  const problems: ReadProblem[] = []
  const doctype = readProlog(text)?.doctype
  if (doctype?.declaresEntities) problems.push(warningOf(origin, 'E_INPUT_MALFORMED', 'its DOCTYPE declares entities; they were not expanded'))
  // Nothing in a DOCTYPE is used, and the XML validator misreads subsets that quote "]" or ">":
  // it is blanked out, its line breaks kept so that error positions stay true.
  const source = doctype ? text.slice(0, doctype.start) + text.slice(doctype.start, doctype.end).replace(/[^\n]/g, ' ') + text.slice(doctype.end) : text
  let xml = source
  const problem = xmlProblem(source)
  if (problem) {
    const where = describe(problem)
    const kind = rootKind(source)
    const salvaged = kind === undefined ? null : salvageFeed(source, problem, kind === 'atom' ? '</entry>' : '</item>', CLOSERS[kind])
    if (salvaged === null) return failed(origin, 'E_INPUT_MALFORMED', `it is not well-formed XML (${where})`)
    problems.push(problemOf(origin, 'E_INPUT_MALFORMED', `it is not well-formed XML (${where}); the items before the break were read`))
    xml = salvaged
  }
  let parsed: unknown
  try {
    parsed = parser.parse(xml)
  } catch (error) {
    return failed(origin, 'E_INPUT_MALFORMED', `it cannot be read as XML (${reasonOf(error)})`)
  }
  const shape = feedShape(parsed)
  if (!shape) return failed(origin, 'E_INPUT_MALFORMED', 'it is XML but not an RSS or Atom feed')
  const outlet = plainText(shape.channel.title)
  const lang = languageOf(textOf(shape.channel.language) ?? textOf(shape.channel['dc:language']) ?? attributeOf(shape.channel, 'xml:lang'))
  const documents: InputDocument[] = []
  shape.items.forEach((item, index) => {
    if (item === '') return // <item></item>: nothing to read
    if (!isRecord(item)) {
      problems.push(problemOf(`${origin}#${index + 1}`, 'E_INPUT_MALFORMED', `item ${index + 1} has no elements`))
      return
    }
    const doc = readItem(item, shape.kind, index, origin, { outlet, lang, base: context.url ?? feedAddress(shape) })
    if (doc?.badLink !== undefined) problems.push(warningOf(doc.document.origin, 'E_INPUT_MALFORMED', `item ${index + 1}: its link ${JSON.stringify(shorten(doc.badLink))} is not an http(s) URL; read without it`))
    if (doc) documents.push(doc.document)
  })
  return { documents, problems }
}

const CLOSERS: Record<Kind, string> = { rss: '</channel></rss>', rdf: '</rdf:RDF>', atom: '</feed>' }

/** The item's document, and its link when that was refused (a "javascript:" URL must never be stored as a link). */
function readItem(item: XmlRecord, kind: Kind, index: number, origin: string, feed: { outlet?: string; lang?: string; base?: string }): { document: InputDocument; badLink?: string } | null {
  const title = kind === 'atom' ? atomText(item.title, true) : plainText(item.title)
  const body = itemBody(item, kind)
  const text = body || title
  if (!text) return null // an empty item: nothing to read
  const link = kind === 'atom' ? atomLink(item.link) : rssLink(item)
  const id = textOf(kind === 'atom' ? item.id : item.guid) ?? link ?? String(index + 1)
  const date = [item.pubDate, item['dc:date'], item.published, item.updated].map((d) => textOf(d)).map((d) => (d === undefined ? undefined : normalizeDate(d))).find(Boolean)
  const url = absoluteUrl(link, feed.base)
  const document = documentOf('feed', `${origin}#${id}`, text, {
    title,
    date,
    url,
    outlet: feed.outlet,
    lang: languageOf(textOf(item['dc:language']) ?? attributeOf(item, 'xml:lang')) ?? feed.lang,
  })
  return url === undefined && link !== undefined && link.trim() !== '' ? { document, badLink: link.trim() } : { document }
}

function shorten(s: string): string {
  return s.length <= 80 ? s : `${s.slice(0, 79)}…`
}

/** The fullest text the item carries: content:encoded, content, description, summary. */
function itemBody(item: XmlRecord, kind: Kind): string | undefined {
  if (kind === 'atom') return atomText(item.content, false) || atomText(item.summary, false) || undefined
  for (const key of ['content:encoded', 'content', 'description']) {
    const raw = rawOf(item[key])
    const text = raw === undefined ? '' : htmlFragmentToText(unescapeXml(raw))
    if (text) return text
  }
  return undefined
}

/** Atom text constructs: type="text" (default), "html" (escaped markup), "xhtml" (inline markup). */
function atomText(node: unknown, oneLine: boolean): string | undefined {
  const raw = rawOf(node)
  if (raw === undefined) return undefined
  const type = (attributeOf(node, 'type') ?? 'text').toLowerCase()
  const text = type === 'xhtml' ? htmlFragmentToText(raw) : type === 'html' || type === 'text/html' ? htmlFragmentToText(unescapeXml(raw)) : unescapeXml(raw).trim()
  return (oneLine ? text.replace(/\s+/g, ' ').trim() : text) || undefined
}

/** RSS titles are text (entities decoded), on one line. */
function plainText(node: unknown): string | undefined {
  const raw = rawOf(node)
  return raw === undefined ? undefined : unescapeXml(raw).replace(/\s+/g, ' ').trim() || undefined
}

function rssLink(item: XmlRecord): string | undefined {
  const links = Array.isArray(item.link) ? item.link : []
  const link = links.map((l) => textOf(l)).find((l) => l !== undefined && l.trim() !== '')
  if (link) return link.trim()
  // A guid is the item's address unless it says isPermaLink="false".
  const guid = textOf(item.guid)
  return guid !== undefined && attributeOf(item.guid, 'isPermaLink') !== 'false' && /^https?:\/\//.test(guid) ? guid : undefined
}

function atomLink(links: unknown): string | undefined {
  const list = Array.isArray(links) ? links.filter(isRecord) : []
  const alternate = list.find((l) => (attributeOf(l, 'rel') ?? 'alternate') === 'alternate')
  return attributeOf(alternate, 'href')
}

/** Where the feed says it lives (Atom rel="self" or alternate, RSS channel link): the base for relative item links. */
function feedAddress(shape: FeedShape): string | undefined {
  if (shape.kind === 'atom') {
    const links = Array.isArray(shape.channel.link) ? shape.channel.link.filter(isRecord) : []
    const self = links.find((l) => attributeOf(l, 'rel') === 'self') ?? links.find((l) => (attributeOf(l, 'rel') ?? 'alternate') === 'alternate')
    return absoluteUrl(attributeOf(self, 'href') ?? attributeOf(shape.channel, 'xml:base'), undefined)
  }
  const links = Array.isArray(shape.channel.link) ? shape.channel.link : []
  return links.map((l) => absoluteUrl(textOf(l), undefined)).find((l) => l !== undefined)
}

/** The validator's message, made readable: unclosed elements are what a truncated file shows. */
function describe(problem: XmlProblem): string {
  const unclosed = /^Invalid '\[([\s\S]*)\]' found/.exec(problem.message)
  if (unclosed) {
    const names = [...unclosed[1]!.matchAll(/"([^"]+)"/g)].map((m) => m[1]!)
    return `it ends before ${names.join(' > ')} ${names.length === 1 ? 'is' : 'are'} closed: truncated?`
  }
  return `line ${problem.line}, column ${problem.column}: ${problem.message.replace(/\s+/g, ' ')}`
}

function feedShape(parsed: unknown): FeedShape | null {
  if (!isRecord(parsed)) return null
  if (isRecord(parsed.rss) && isRecord(parsed.rss.channel)) {
    return { kind: 'rss', channel: parsed.rss.channel, items: listOf(parsed.rss.channel.item) }
  }
  const rdf = parsed['rdf:RDF']
  if (isRecord(rdf)) return { kind: 'rdf', channel: isRecord(rdf.channel) ? rdf.channel : {}, items: listOf(rdf.item) }
  if (isRecord(parsed.feed)) return { kind: 'atom', channel: parsed.feed, items: listOf(parsed.feed.entry) }
  return null
}

/** Which feed a text's root element makes it, from its first 4 KB. */
function rootKind(text: string): Kind | undefined {
  const head = text.slice(0, 4096)
  if (/<rss[\s>]/.test(head)) return 'rss'
  if (/<rdf:RDF[\s>]/.test(head)) return 'rdf'
  if (/<feed[\s>]/.test(head)) return 'atom'
  return undefined
}

/** An element's text, entities decoded. */
function textOf(node: unknown): string | undefined {
  const raw = rawOf(node)
  return raw === undefined ? undefined : decodeEntities(raw)
}

/** An element's content as written (kept raw for RAW_ELEMENTS: CDATA, entities and markup). */
function rawOf(node: unknown): string | undefined {
  if (typeof node === 'string') return node
  if (typeof node === 'number' || typeof node === 'boolean') return String(node)
  if (Array.isArray(node)) return rawOf(node[0])
  return isRecord(node) ? rawOf(node['#text']) : undefined
}

function attributeOf(node: unknown, name: string): string | undefined {
  const value = isRecord(node) ? node[`@_${name}`] : undefined
  return typeof value === 'string' ? decodeEntities(value) : undefined
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value]
}

function isRecord(value: unknown): value is XmlRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
