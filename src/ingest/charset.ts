// What an input says its encoding is: an HTTP Content-Type charset, an HTML <meta charset>,
// an XML `encoding=` declaration. Labels are mapped the way browsers map them (WHATWG Encoding).

import iconv from 'iconv-lite'

/** How far into the bytes a declaration is looked for (browsers use 1024; some pages put scripts first). */
const PRESCAN_BYTES = 4096

const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i
const XML_DECLARATION = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([\w.:-]+)["']/

// Aliases browsers resolve: Latin-1 and ASCII labels mean windows-1252, its superset.
const ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  l1: 'windows-1252',
  cp1252: 'windows-1252',
  cp1251: 'windows-1251',
  'x-cp1251': 'windows-1251',
  'win-1251': 'windows-1251',
  koi8: 'koi8-r',
  koi8_r: 'koi8-r',
  cskoi8r: 'koi8-r',
  'koi8-ru': 'koi8-u',
}

/** The charset a Content-Type header names: "text/html; charset=windows-1251" → "windows-1251". */
export function charsetOfContentType(contentType: string | undefined): string | undefined {
  const m = contentType === undefined ? null : /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)
  return m ? normalizeCharset(m[1]!) : undefined
}

/** The charset declared inside the document's first bytes (meta tag or XML declaration), if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  // Declarations are ASCII: reading the head as Latin-1 finds them whatever the real encoding.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES)).toString('latin1')
  const m = XML_DECLARATION.exec(head) ?? META_CHARSET.exec(head)
  const label = m ? normalizeCharset(m[1]!) : undefined
  // A meta tag cannot truly declare UTF-16: bytes it could be read from are ASCII-compatible (WHATWG).
  return label?.startsWith('utf-16') ? 'utf-8' : label
}

/** A label → the name decode.ts uses, or undefined when no decoder knows it. */
export function normalizeCharset(label: string): string | undefined {
  const lower = label.trim().toLowerCase()
  const name = ALIASES[lower] ?? lower
  if (name === 'utf-8' || name === 'utf-16le' || name === 'utf-16be' || name === 'utf-16') return name
  return iconv.encodingExists(name) ? name : undefined
}
