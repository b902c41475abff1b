import { sanitizeHtml } from './html/sanitize.js'
import { parseDocument } from './html/dom.js'
import { domToText } from './html/to-text.js'
import { Readability } from '@mozilla/readability'
function time<T>(label: string, f: () => T): T { const t = performance.now(); const r = f(); console.log(label, (performance.now() - t).toFixed(0) + 'ms'); return r }
const n = Number(process.argv[2])
const src = '<html><body>' + '<'.repeat(n) + '<p>text</p></body></html>'
const s = time('sanitize', () => sanitizeHtml(src))
const d = time('parse', () => parseDocument(s.html))
const t = time('totext', () => domToText(d.body!))
console.log(t.length)
time('readability', () => new Readability(d as never).parse())
