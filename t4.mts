import { evaluatePolnear } from './src/eval/evaluate.js'
import { loadPolnear } from './src/eval/polnear.js'
const dir = '../shared/polnear/train'
const want = process.argv[2]!, which = process.argv[3] ?? 'missed', n = Number(process.argv[4] ?? 15)
const r = await evaluatePolnear(dir, { limit: 300 })
const docs = new Map((await loadPolnear(dir, { limit: 300 })).map(d => [d.name, d]))
let k = 0
for (const d of r.perDocument) {
  const text = docs.get(d.name)!.text
  for (const m of (which === 'missed' ? d.missed : d.spurious)) {
    if (m.cue.toLowerCase() !== want || k++ >= n) continue
    console.log(`--- src=[${m.source}] content=[${m.content.slice(0,60)}]\n   ${text.slice(Math.max(0, m.at - 150), m.at + 100).replace(/\n/g, ' ¶ ')}`)
  }
}
