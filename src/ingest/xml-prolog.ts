// What comes before a markup document's root element: the XML declaration, processing
// instructions, comments and a DOCTYPE. A DOCTYPE may carry an internal subset in brackets whose
// declarations hold ">" of their own (`<!DOCTYPE rss [<!ENTITY x "y">]>`), so it is scanned, not
// cut at the first ">". Linear in the prolog's length, whatever it holds.

export interface Prolog {
  /** Index of the first character after the prolog and the white space that follows it. */
  end: number
  doctype?: Doctype
}

export interface Doctype {
  /** The root element's name the DOCTYPE gives, lower case: "html", "rss". */
  name: string
  /** Whether its internal subset declares entities (which Wirewatch never expands). */
  declaresEntities: boolean
  /** Where it starts ("<!DOCTYPE") and ends (after its ">"). */
  start: number
  end: number
}

/** The prolog of `text`; undefined when a declaration in it is not terminated. */
export function readProlog(text: string): Prolog | undefined {
  let i = 0
  let doctype: Doctype | undefined
  for (;;) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++
    let end: number
    if (text.startsWith('<?', i)) end = after(text.indexOf('?>', i + 2), 2)
    else if (text.startsWith('<!--', i)) end = after(text.indexOf('-->', i + 4), 3)
    else if (/^<!doctype/i.test(text.slice(i, i + 9))) {
      const read = readDoctype(text, i)
      if (read === undefined) return undefined
      doctype = read.doctype
      end = read.end
    } else if (text.startsWith('<!', i)) end = after(text.indexOf('>', i + 2), 1)
    else return doctype === undefined ? { end: i } : { end: i, doctype }
    if (end < 0) return undefined
    i = end
  }
}

/** The DOCTYPE declaration at `start` ("<!DOCTYPE"): where it ends and what it declares. */
function readDoctype(text: string, start: number): { end: number; doctype: Doctype } | undefined {
  const name = /^<!doctype\s+([^\s[>]*)/i.exec(text.slice(start, start + 200))?.[1]?.toLowerCase() ?? ''
  let declaresEntities = false
  let inSubset = false
  let i = start + 9
  while (i < text.length) {
    const c = text[i]!
    if (c === '"' || c === "'") {
      // A quoted literal (an entity's value, a system identifier) may hold "]" and ">".
      i = after(text.indexOf(c, i + 1), 1)
    } else if (inSubset && text.startsWith('<!--', i)) {
      i = after(text.indexOf('-->', i + 4), 3)
    } else if (inSubset && text.startsWith('<?', i)) {
      i = after(text.indexOf('?>', i + 2), 2)
    } else {
      if (inSubset && text.startsWith('<!ENTITY', i)) declaresEntities = true
      else if (c === '[') inSubset = true
      else if (c === ']') inSubset = false
      else if (c === '>' && !inSubset) return { end: i + 1, doctype: { name, declaresEntities, start, end: i + 1 } }
      i++
    }
    if (i < 0) return undefined
  }
  return undefined
}

function after(index: number, length: number): number {
  return index < 0 ? -1 : index + length
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c
}
