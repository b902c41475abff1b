// A linear pre-pass over untrusted HTML, before any DOM is built. The DOM parser and Readability
// are fine on ordinary pages and quadratic or recursive on hostile ones (measured: 1,000 nested
// <div>s take Readability 16 s; 100,000 overflow the stack), so this pass bounds what they see:
// - nesting depth (tags past it are dropped, their text kept) and element count;
// - output size; attribute size and count; on* handlers dropped;
// - scripts, styles, comments, and subtrees with no article text (svg, iframe, template…) removed;
//   JSON-LD scripts are kept aside for the metadata reader.
// Every tag is re-emitted in a normalised form, and every element it closes is closed explicitly,
// so the DOM parser's tree is never deeper than the stack kept here. Its implied-close rules are
// htmlparser2's (linkedom's parser), so the two agree on ordinary markup.

export interface SanitizeLimits {
  maxDepth: number
  maxElements: number
  /** Characters of markup emitted; the rest of the page is dropped. */
  maxChars: number
  maxAttributeChars: number
}

export const DEFAULT_LIMITS: SanitizeLimits = {
  maxDepth: 100,
  maxElements: 30_000,
  maxChars: 2_000_000,
  maxAttributeChars: 2048,
}

export interface Sanitized {
  html: string
  /** Contents of <script type="application/ld+json">, as written. */
  jsonLd: string[]
  /** A limit cut something off (depth, element count or size). */
  truncated: boolean
}

const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr'])
/** Elements whose content is text up to their end tag (htmlparser2's special tags). */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp'])
/** Subtrees dropped whole: no article text in them, and some hold markup of their own. */
const SKIP_SUBTREE = new Set(['svg', 'math', 'template', 'iframe', 'object', 'noscript', 'select', 'canvas', 'video', 'audio', 'frameset'])

// htmlparser2's openImpliesClose: a start tag closes these when they are the current element.
const P = ['p']
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']
const IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>(
  Object.entries({
    tr: ['tr', 'th', 'td'], th: ['th'], td: ['thead', 'th', 'td'], body: ['head', 'link', 'script'], li: ['li'],
    p: P, h1: P, h2: P, h3: P, h4: P, h5: P, h6: P,
    select: FORM, input: FORM, output: FORM, button: FORM, datalist: FORM, textarea: FORM,
    option: ['option'], optgroup: ['optgroup', 'option'], dd: ['dd', 'dt'], dt: ['dd', 'dt'],
    address: P, article: P, aside: P, blockquote: P, details: P, div: P, dl: P, fieldset: P, figcaption: P,
    figure: P, footer: P, form: P, header: P, hr: P, main: P, nav: P, ol: P, pre: P, section: P, table: P, ul: P,
    rt: ['rt', 'rp'], rp: ['rt', 'rp'], tbody: ['thead', 'tbody'], tfoot: ['thead', 'tbody'],
  }).map(([name, closes]) => [name, new Set(closes)]),
)

const TAG_NAME = /^[a-z][a-z0-9:_-]*$/
const ATTRIBUTE_NAME = /^[a-z_:][-a-z0-9_:.]*$/
const MAX_ATTRIBUTES = 32
const MAX_JSON_LD = 16
const MAX_JSON_LD_CHARS = 1_000_000

interface StartTag {
  name: string
  attributes: [string, string][]
  selfClosing: boolean
  /** Index just after the tag's ">". */
  end: number
}

export function sanitizeHtml(source: string, limits: SanitizeLimits = DEFAULT_LIMITS): Sanitized {
  return new Sanitizer(source, limits).run()
}

class Sanitizer {
  private readonly out: string[] = []
  private outChars = 0
  private readonly jsonLd: string[] = []
  private truncated = false
  private elements = 0
  /** Open elements that were emitted. */
  private readonly kept: string[] = []
  /** Open elements past a limit, not emitted; always above `kept`. */
  private overflow: string[] = []
  private overflowCount = new Map<string, number>()
  /** Inside a dropped subtree: its element name and how many of that name are open. */
  private skip: { name: string; depth: number } | null = null

  constructor(
    private readonly s: string,
    private readonly limits: SanitizeLimits,
  ) {}

  run(): Sanitized {
    const s = this.s
    const n = s.length
    let i = 0
    while (i < n && !this.full()) {
      const lt = s.indexOf('<', i)
      if (lt < 0) {
        this.text(s.slice(i))
        break
      }
      if (lt > i) this.text(s.slice(i, lt))
      i = this.markup(lt)
    }
    if (this.full()) this.truncated = true
    return { html: this.out.join(''), jsonLd: this.jsonLd, truncated: this.truncated }
  }

  /** Handles the markup at `lt` (a "<"); returns where scanning goes on. */
  private markup(lt: number): number {
    const s = this.s
    const next = s[lt + 1]
    if (s.startsWith('<!--', lt)) return after(s.indexOf('-->', lt + 4), 3, s.length)
    if (next === '!' || next === '?') {
      const end = after(s.indexOf('>', lt), 1, s.length)
      if (/^<!doctype\s+html/i.test(s.slice(lt, lt + 20)) && this.outChars === 0) this.emit('<!DOCTYPE html>')
      return end
    }
    if (next === '/') {
      const m = /^<\/([A-Za-z][^\s/>]*)/.exec(s.slice(lt, lt + 64))
      const end = after(s.indexOf('>', lt), 1, s.length)
      if (m) this.close(m[1]!.toLowerCase())
      return end
    }
    if (next !== undefined && /[A-Za-z]/.test(next)) {
      const tag = readStartTag(s, lt + 1)
      if (tag === null) return s.length // unterminated: a browser would swallow the rest too
      if (RAW_TEXT.has(tag.name)) return this.rawText(tag)
      if (TAG_NAME.test(tag.name)) this.open(tag)
      return tag.end
    }
    this.text('<')
    return lt + 1
  }

  private open(tag: StartTag): void {
    const { name } = tag
    if (this.skip) {
      if (name === this.skip.name && !tag.selfClosing) this.skip.depth++
      return
    }
    if (SKIP_SUBTREE.has(name)) {
      if (!tag.selfClosing) this.skip = { name, depth: 1 }
      return
    }
    const closes = IMPLIES_CLOSE.get(name)
    while (closes && this.current() !== undefined && closes.has(this.current()!)) this.popCurrent()
    const fits = this.elements < this.limits.maxElements
    if (VOID.has(name)) {
      if (fits) this.emitStart(tag, '')
      else this.truncated = true
      return
    }
    if (fits && this.overflow.length === 0 && this.kept.length < this.limits.maxDepth) {
      if (tag.selfClosing) {
        this.emitStart(tag, `</${name}>`) // a browser would leave it open; closed, it nests nothing
      } else {
        this.emitStart(tag, '')
        this.kept.push(name)
      }
      return
    }
    this.truncated = true
    if (tag.selfClosing) return
    this.overflow.push(name)
    this.overflowCount.set(name, (this.overflowCount.get(name) ?? 0) + 1)
  }

  private close(name: string): void {
    if (this.skip) {
      if (name === this.skip.name && --this.skip.depth === 0) this.skip = null
      return
    }
    if (VOID.has(name)) {
      if (name === 'br') this.emit('<br>') // "</br>" is a line break in every parser
      return
    }
    if ((this.overflowCount.get(name) ?? 0) > 0) {
      while (this.overflow.length > 0 && this.popOverflow() !== name);
      return
    }
    const at = this.kept.lastIndexOf(name)
    if (at < 0) return // a stray end tag closes nothing
    this.overflow = []
    this.overflowCount = new Map()
    while (this.kept.length > at) this.emit(`</${this.kept.pop()!}>`)
  }

  /** script, style, title, textarea, xmp: text up to the matching end tag. */
  private rawText(tag: StartTag): number {
    const s = this.s
    const endTag = new RegExp(`</${tag.name}[\\s/>]`, 'ig')
    endTag.lastIndex = tag.end
    // "<script/>" is not closed in HTML: its text still runs to "</script>".
    const m = endTag.exec(s)
    const content = s.slice(tag.end, m ? m.index : s.length)
    const resume = m ? after(s.indexOf('>', m.index), 1, s.length) : s.length
    if (this.skip) return resume
    if (tag.name === 'script' && /ld\+json/i.test(attribute(tag, 'type') ?? '')) {
      if (this.jsonLd.length < MAX_JSON_LD) this.jsonLd.push(content.slice(0, MAX_JSON_LD_CHARS))
    } else if (tag.name === 'title' && this.elements < this.limits.maxElements) {
      this.emitStart({ ...tag, attributes: [] }, '')
      this.emit(`${content.replaceAll('<', '&lt;')}</title>`)
    }
    return resume
  }

  private text(t: string): void {
    if (this.skip) return
    const room = this.limits.maxChars - this.outChars
    if (t.length > room) this.truncated = true
    this.emit((t.length > room ? t.slice(0, room) : t).replaceAll('<', '&lt;'))
  }

  private current(): string | undefined {
    return this.overflow.length > 0 ? this.overflow[this.overflow.length - 1] : this.kept[this.kept.length - 1]
  }

  private popCurrent(): void {
    if (this.overflow.length > 0) this.popOverflow()
    else this.emit(`</${this.kept.pop()!}>`)
  }

  private popOverflow(): string {
    const name = this.overflow.pop()!
    this.overflowCount.set(name, this.overflowCount.get(name)! - 1)
    return name
  }

  private emitStart(tag: StartTag, suffix: string): void {
    this.elements++
    let attributes = ''
    for (const [name, value] of tag.attributes) {
      if (value.length > this.limits.maxAttributeChars) continue
      attributes += ` ${name}="${value.replaceAll('"', '&quot;')}"`
    }
    this.emit(`<${tag.name}${attributes}>${suffix}`)
  }

  private emit(chunk: string): void {
    this.out.push(chunk)
    this.outChars += chunk.length
  }

  private full(): boolean {
    return this.outChars >= this.limits.maxChars
  }
}

/** Reads a start tag from just after its "<"; null when the input ends inside it. */
function readStartTag(s: string, start: number): StartTag | null {
  const n = s.length
  let j = start
  while (j < n && !isSpace(s.charCodeAt(j)) && s[j] !== '/' && s[j] !== '>') j++
  const name = s.slice(start, j).toLowerCase()
  const attributes: [string, string][] = []
  const seen = new Set<string>()
  for (;;) {
    while (j < n && (isSpace(s.charCodeAt(j)) || s[j] === '/')) {
      if (s[j] === '/' && s[j + 1] === '>') return { name, attributes, selfClosing: true, end: j + 2 }
      j++
    }
    if (j >= n) return null
    if (s[j] === '>') return { name, attributes, selfClosing: false, end: j + 1 }
    let k = j + 1 // an attribute name may start with "=" (HTML tokenizer rule)
    while (k < n && !isSpace(s.charCodeAt(k)) && s[k] !== '=' && s[k] !== '>' && s[k] !== '/') k++
    const attributeName = s.slice(j, k).toLowerCase()
    j = k
    while (j < n && isSpace(s.charCodeAt(j))) j++
    let value = ''
    if (s[j] === '=') {
      j++
      while (j < n && isSpace(s.charCodeAt(j))) j++
      const quote = s[j]
      if (quote === '"' || quote === "'") {
        const close = s.indexOf(quote, j + 1)
        if (close < 0) return null
        value = s.slice(j + 1, close)
        j = close + 1
      } else {
        k = j
        while (k < n && !isSpace(s.charCodeAt(k)) && s[k] !== '>') k++
        value = s.slice(j, k)
        j = k
      }
    }
    // First occurrence wins, as in browsers; event handlers are dropped although nothing runs them.
    if (attributes.length < MAX_ATTRIBUTES && ATTRIBUTE_NAME.test(attributeName) && !attributeName.startsWith('on') && !seen.has(attributeName)) {
      seen.add(attributeName)
      attributes.push([attributeName, value])
    }
  }
}

function attribute(tag: StartTag, name: string): string | undefined {
  return tag.attributes.find(([n]) => n === name)?.[1]
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d
}

/** Index after a match of `length` at `index`, or `fallback` when there was no match. */
function after(index: number, length: number, fallback: number): number {
  return index < 0 ? fallback : index + length
}
