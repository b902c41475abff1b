// DOM → plain text as a reader sees it: each block element its own paragraph (separated by a
// blank line), <br> a line break, runs of white space one space, <pre> kept as written;
// scripts, styles, navigation, asides, form controls and hidden elements left out.
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
    stack.push({ exit: item })
    pushChildren(item, stack)
  }
  return out.finish()
}

function leave(name: string, out: TextBuilder): void {
  if (name === 'pre') out.pre--
  if (BLOCK.has(name)) out.paragraphBreak()
  else if (name === 'td' || name === 'th') out.text(' ') // cells of a row stay on its line
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

/** Collects paragraphs of lines, collapsing white space outside <pre>. */
class TextBuilder {
  pre = 0
  private readonly paragraphs: string[] = []
  private lines: string[] = []
  private line = ''

  text(t: string): void {
    if (this.pre > 0) {
      const parts = t.replace(/\r\n?/g, '\n').split('\n')
      this.line += parts[0]!
      for (const part of parts.slice(1)) {
        this.lineBreak()
        this.line = part
      }
      return
    }
    const collapsed = t.replace(/\s+/g, ' ')
    this.line += this.line === '' || this.line.endsWith(' ') ? collapsed.replace(/^ /, '') : collapsed
  }

  lineBreak(): void {
    this.lines.push(this.pre > 0 ? this.line.replace(/\s+$/, '') : this.line.trim())
    this.line = ''
  }

  paragraphBreak(): void {
    if (this.line !== '') this.lineBreak()
    // Blank lines inside a paragraph (<br><br>) separate paragraphs too.
    let current: string[] = []
    for (const line of this.lines) {
      if (line.trim() === '') {
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

  private flush(lines: string[]): void {
    if (lines.length > 0) this.paragraphs.push(lines.join('\n'))
  }
}
