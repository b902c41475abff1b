// Small XML helpers for the feed reader: raw element content → text, and cutting a truncated
// feed back to its last complete item.

import { XMLValidator } from 'fast-xml-parser'

const ENTITY = /&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

/** Raw XML content → its text: CDATA sections verbatim, the XML entities and character references decoded. */
export function unescapeXml(raw: string): string {
  let out = ''
  let i = 0
  for (;;) {
    const start = raw.indexOf('<![CDATA[', i)
    if (start < 0) return out + decodeEntities(raw.slice(i))
    out += decodeEntities(raw.slice(i, start))
    const end = raw.indexOf(']]>', start + 9)
    if (end < 0) return out + raw.slice(start + 9)
    out += raw.slice(start + 9, end)
    i = end + 3
  }
}

/** The five XML entities and character references decoded; any other "&name;" is left as written. */
export function decodeEntities(s: string): string {
  return s.replace(ENTITY, (_, name: string) => {
    if (name[0] !== '#') return NAMED[name.toLowerCase()] ?? `&${name};`
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
    return valid ? String.fromCodePoint(code) : '\uFFFD'
  })
}

export interface XmlProblem {
  message: string
  line: number
  column: number
}

/** null when well-formed; else where and why not. */
export function xmlProblem(xml: string): XmlProblem | null {
  const result = XMLValidator.validate(xml)
  if (result === true) return null
  return { message: result.err.msg, line: result.err.line, column: result.err.col }
}

/**
 * A truncated or partly broken feed, cut after its last complete item before the error and
 * closed again; null when no such cut gives well-formed XML.
 */
export function salvageFeed(xml: string, problem: XmlProblem, itemEnd: '</item>' | '</entry>', closers: string): string | null {
  const errorAt = offsetOf(xml, problem.line, problem.column)
  const cuts = new Set([xml.lastIndexOf(itemEnd, errorAt), xml.lastIndexOf(itemEnd)])
  for (const cut of cuts) {
    if (cut < 0) continue
    const candidate = xml.slice(0, cut + itemEnd.length) + closers
    if (XMLValidator.validate(candidate) === true) return candidate
  }
  return null
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset)
    if (next < 0) return text.length
    offset = next + 1
  }
  return Math.min(text.length, offset + Math.max(0, column - 1))
}
