// Which reader an input needs, decided by its content; the file extension and the HTTP
// Content-Type only break ties (a ".txt" holding a web page is still a web page).

import { readBriefLayout } from '../extract/brief.js'
import type { ReaderName } from './input.js'
import { type Prolog, readProlog } from './xml-prolog.js'

export interface DetectHint {
  contentType?: string
  /** A file name, path or URL: its extension is a hint. */
  name?: string
}

/** Characters of the head that decide (the brief check reads the whole text: labels can come late). */
const HEAD_CHARS = 64 * 1024
/** JSON lines files are recognised when one of their first lines is a JSON object. */
const JSON_LINES_PROBE = 5

const HTML_ROOTS = new Set([
  'html', 'head', 'body', 'meta', 'title', 'link', 'script', 'style', 'base', 'div', 'p', 'span', 'a', 'article',
  'section', 'main', 'header', 'footer', 'nav', 'aside', 'table', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'br', 'img', 'form', 'blockquote', 'pre', 'b', 'i', 'em', 'strong', 'figure', 'time',
])
const HTML_TAG = /<\/?(?:p|div|span|a|br|h[1-6]|li|ul|ol|table|tr|td|img|article|section|b|i|em|strong|blockquote|html|body|head)\b/gi
const FEED_EXTENSIONS = new Set(['rss', 'atom', 'xml', 'rdf'])
const FEED_TYPES = /^application\/(?:rss|atom|rdf)?\+?xml$|^text\/xml$/

/** The reader for `text`; null for JSON that no reader reads (neither an export nor JSON lines). */
export function detectReader(text: string, hint: DetectHint = {}): ReaderName | null {
  const head = text.slice(0, HEAD_CHARS).replace(/^\uFEFF/, '').trimStart()
  const ext = extensionOf(hint.name)
  const type = mediaTypeOf(hint.contentType)
  if (head.startsWith('{') || head.startsWith('[')) return detectJson(text, head, ext)
  if (head.startsWith('<')) {
    const kind = markupKind(head, ext, type)
    if (kind) return kind
  }
  if (/<!doctype\s+html|<html[\s>]|<body[\s>]/i.test(head.slice(0, 2048))) return 'html'
  if (readBriefLayout(text)) return 'brief'
  if ((type === 'text/html' || ext === 'html' || ext === 'htm') && countHtmlTags(head) >= 3) return 'html'
  return 'text'
}

function detectJson(text: string, head: string, ext: string | undefined): ReaderName | null {
  const lines = head.split('\n').filter((l) => l.trim() !== '').slice(0, JSON_LINES_PROBE)
  for (const line of lines) {
    const value = parseJson(line.trim())
    if (isRecord(value)) return Array.isArray(value.messages) ? 'telegram' : 'jsonl'
  }
  // A pretty-printed (or broken) export: the telegram reader reads it or says what is wrong.
  if (/"messages"\s*:\s*\[/.test(head)) return 'telegram'
  if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl'
  if (parseJson(text) !== undefined) return null
  return ext === 'json' ? 'telegram' : 'text'
}

function markupKind(head: string, ext: string | undefined, type: string | undefined): ReaderName | undefined {
  const prolog = readProlog(head)
  // An XML declaration or DOCTYPE that never ends (a DOCTYPE's subset can be made endless) is
  // broken XML: the feed reader refuses it with the reason, rather than it being stored as text.
  if (prolog === undefined) return /^<\?xml|^<!doctype\s+(?!html)/i.test(head) ? 'feed' : undefined
  const root = rootElement(head, prolog)
  if (root === undefined) return undefined
  if (root.name === 'rss' || root.name === 'rdf:rdf') return 'feed'
  if (root.name === 'feed' && (/http:\/\/www\.w3\.org\/2005\/Atom/.test(head) || /<entry[\s>]/.test(head))) return 'feed'
  if (root.doctypeHtml || HTML_ROOTS.has(root.name)) return 'html'
  if ((ext !== undefined && FEED_EXTENSIONS.has(ext)) || (type !== undefined && FEED_TYPES.test(type))) return 'feed'
  if (type === 'text/html' || countHtmlTags(head) >= 3) return 'html'
  return undefined
}

/** The first element's name (lower case) after the prolog: declarations, comments, doctype. */
function rootElement(head: string, prolog: Prolog): { name: string; doctypeHtml: boolean } | undefined {
  const doctypeHtml = prolog.doctype?.name === 'html'
  const m = /^<([A-Za-z][\w:.-]*)/.exec(head.slice(prolog.end, prolog.end + 100))
  if (!m) return doctypeHtml ? { name: '', doctypeHtml } : undefined
  return { name: m[1]!.toLowerCase(), doctypeHtml }
}

function countHtmlTags(head: string): number {
  return head.match(HTML_TAG)?.length ?? 0
}

function extensionOf(name: string | undefined): string | undefined {
  if (name === undefined) return undefined
  const path = /^https?:\/\//i.test(name) ? safePathname(name) : name
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(path.replace(/[#?].*$/, ''))
  return m ? m[1]!.toLowerCase() : undefined
}

function safePathname(url: string): string {
  try {
    return new URL(url).pathname
  } catch {
    return url
  }
}

function mediaTypeOf(contentType: string | undefined): string | undefined {
  return contentType?.split(';')[0]?.trim().toLowerCase() || undefined
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
