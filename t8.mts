import { evaluatePolnear } from './src/eval/evaluate.js'
import { loadPolnear } from './src/eval/polnear.js'
import { extract } from './src/extract/extract.js'
const dir = process.argv[2] ?? '../shared/polnear/train'
const docs = await loadPolnear(dir, { limit: 200 })
let noCue = 0, cueButContent = 0, total = 0
const ex: string[] = []
for (const g of docs) {
  const d = extract(g.text, g.date ? { date: g.date } : {})
  for (const at of g.gold.attributions) {
    if (!at.cue.length || !at.content.length) continue
    total++
    const c = at.cue[0]!
    const p = d.statements.find(s => s.cue && s.cue.start < c.end && c.start < s.cue.end)
    if (!p) { noCue++; continue }
    // content coverage
    const gs = at.content[0]!.start, ge = at.content[at.content.length-1]!.end
    const ps = p.content[0]!.start, pe = p.content[p.content.length-1]!.end
    const cov = Math.max(0, Math.min(ge, pe) - Math.max(gs, ps)) / (ge - gs)
    if (cov < 0.5) { cueButContent++; if (ex.length < Number(process.argv[3] ?? 20)) ex.push(`CUE ${c.text} | GOLD: ${g.text.slice(gs, ge).slice(0, 120)}\n      PRED: ${p.content.map(x=>x.text).join(' … ').slice(0, 120)}`) }
  }
}
console.log({ total, noCue, cueButContent }); console.log(ex.join('\n'))
