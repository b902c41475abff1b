// DOM → plain text as a reader sees it: each block element its own paragraph (separated by a
// blank line), <br> a line break, runs of white space one space, <pre> kept as written;
// scripts, styles, navigation, asides, form controls and hidden elements left out, and so are
// paragraphs that are nearly all link text (menus, share bars, "related" lists).
// Iterative, so a deep tree cannot overflow the stack.

import { type DomElement, type DomNode, TEXT_NODE, isElement } from './dom.js'

const BLOCK = new Set([
  'address', 'article', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'legend', 'li', 'main', 'menu', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead',
  'tr', 'ul', 'body', 'html',
])

/** Never text a reader of the article sees. */
export const ALWAYS_SKIPPED: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'video', 'audio',
  'nav', 'aside', 'button', 'select', 'textarea', 'input', 'option', 'head', 'title', 'meta', 'link',
])

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i

/** A paragraph with at least this share of its characters inside links is navigation, not prose. */
const MAX_LINK_SHARE = 0.7

export interface ToTextOptions {
  /** Further element names to leave out (the fallback drops page headers and footers too). */
  skip?: ReadonlySet<string>
}

/** A marker pushed after an element's children: its end. */
interface Exit {
  exit: DomElement
}

export function domToText(root: DomNode, options: ToTextOptions = {}): string {
  const out = new TextBuilder()
  const stack: (DomNode | Exit)[] = [root]
  while (stack.length > 0) {
    const item = stack.pop()!
    if ('exit' in item) {
      if (item.exit.localName === 'a') out.links--
      leave(item.exit.localName, out)
      continue
    }
    if (item.nodeType === TEXT_NODE) {
      out.text(item.textContent ?? '')
      continue
    }
    if (!isElement(item)) {
      if (item === root) pushChildren(item, stack) // the document node itself
      continue
    }
    const name = item.localName
    if (ALWAYS_SKIPPED.has(name) || options.skip?.has(name) || isHidden(item)) continue
    if (name === 'br') {
      out.lineBreak()
      continue
    }
    if (BLOCK.has(name)) out.paragraphBreak()
    if (name === 'pre') out.pre++
    if (name === 'a') out.links++
    stack.push({ exit: item })
    pushChildren(item, stack)
  }
  return out.finish()
}

function leave(name: string, out: TextBuilder): void {
  if (BLOCK.has(name)) out.paragraphBreak() // before leaving <pre>: its last line keeps its indent
  else if (name === 'td' || name === 'th') out.text(' ') // cells of a row stay on its line
  if (name === 'pre') out.pre--
}

function pushChildren(node: DomNode, stack: (DomNode | Exit)[]): void {
  const children: DomNode[] = []
  for (let child = node.firstChild; child; child = child.nextSibling) children.push(child)
  for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!)
}

function isHidden(element: DomElement): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true
  const style = element.getAttribute('style')
  return style !== null && HIDDEN_STYLE.test(style)
}

interface Line {
  text: string
  /** Characters of it that were link text. */
  linkChars: number
}

/**
 * Collects paragraphs of lines, collapsing white space outside <pre>. The current line is kept
 * as parts, not one growing string: pages can hold 100,000s of tiny text nodes (one per entity).
 */
class TextBuilder {
  pre = 0
  /** Open <a> elements around the current text. */
  links = 0
  private readonly paragraphs: string[] = []
  private lines: Line[] = []
  private parts: string[] = []
  private linkChars = 0
  /** The current line is empty or ends with a collapsed space. */
  private atSpace = true

  text(t: string): void {
    if (this.pre > 0) {
      const pieces = t.replace(/\r\n?/g, '\n').split('\n')
      this.append(pieces[0]!)
      for (const piece of pieces.slice(1)) {
        this.lineBreak()
        this.append(piece)
      }
      return
    }
    let collapsed = t.replace(/\s+/g, ' ')
    if (this.atSpace && collapsed.startsWith(' ')) collapsed = collapsed.slice(1)
    this.append(collapsed)
  }

  lineBreak(): void {
    const line = this.parts.join('')
    this.lines.push({ text: this.pre > 0 ? line.replace(/\s+$/, '') : line.trim(), linkChars: this.linkChars })
    this.parts = []
    this.linkChars = 0
    this.atSpace = true
  }

  paragraphBreak(): void {
    if (this.parts.length > 0) this.lineBreak()
    // Blank lines inside a paragraph (<br><br>) separate paragraphs too.
    let current: Line[] = []
    for (const line of this.lines) {
      if (line.text.trim() === '') {
        this.flush(current)
        current = []
      } else current.push(line)
    }
    this.flush(current)
    this.lines = []
  }

  finish(): string {
    this.paragraphBreak()
    return this.paragraphs.join('\n\n')
  }

  private append(piece: string): void {
    if (piece === '') return
    this.parts.push(piece)
    if (this.links > 0) this.linkChars += piece.replace(/\s/g, '').length
    this.atSpace = piece.endsWith(' ')
  }

  private flush(lines: Line[]): void {
    if (lines.length === 0) return
    const text = lines.map((l) => l.text).join('\n')
    const linkChars = lines.reduce((sum, l) => sum + l.linkChars, 0)
    if (linkChars > 0 && linkChars >= MAX_LINK_SHARE * text.replace(/\s/g, '').length) return
    this.paragraphs.push(text)
  }
}
