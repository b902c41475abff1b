import { parseDocument } from './html/dom.js'
import { Readability } from '@mozilla/readability'
const [kind, nStr] = process.argv.slice(2)
const n = Number(nStr)
const body = kind === 'lt' ? '&lt;'.repeat(n) : kind === 'word' ? 'word '.repeat(n / 5) : ('<p>' + 'word '.repeat(40) + '</p>').repeat(n / 200)
const doc = parseDocument('<html><body>' + body + '<p>text</p></body></html>')
const t = performance.now()
const r = new Readability(doc as never).parse()
console.log(kind, n, (performance.now() - t).toFixed(0) + 'ms', r?.textContent?.length)
