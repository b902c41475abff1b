import { readText } from '/work/main/src/ingest/read.js'
const cases: Record<string, () => string> = {
  deep1000: () => '<html><body>' + '<div>'.repeat(1000) + 'hello world' + '</div>'.repeat(1000) + '</body></html>',
  deep100000: () => '<html><body>' + '<div>'.repeat(100000) + 'hello world' + '</div>'.repeat(100000) + '</body></html>',
  unclosed: () => '<html><body>' + '<b><i><span>'.repeat(30000) + 'text' + '</body></html>',
  bigattr: () => '<html><body><p title="' + 'x'.repeat(20_000_000) + '">hi there</p></body></html>',
  many: () => '<html><body>' + '<p>word word word, word.</p>'.repeat(200000) + '</body></html>',
  ltbomb: () => '<html><body>' + '<'.repeat(1000000) + '<p>text</p></body></html>',
}
const which = process.argv[2]!
const src = cases[which]!()
const t = performance.now()
const r = readText(src, 'x.html')
console.log(which, (performance.now() - t).toFixed(0) + 'ms', JSON.stringify(r).slice(0, 120))
