import { evaluatePolnear } from './src/eval/evaluate.js'
const r = await evaluatePolnear(process.argv[2] ?? '../shared/polnear/train', { limit: Number(process.argv[3] ?? 300) })
const missed = new Map<string, number>(), spur = new Map<string, number>()
for (const d of r.perDocument) {
  for (const m of d.missed) missed.set(m.cue.toLowerCase(), (missed.get(m.cue.toLowerCase()) ?? 0) + 1)
  for (const m of d.spurious) spur.set(m.cue.toLowerCase(), (spur.get(m.cue.toLowerCase()) ?? 0) + 1)
}
const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 60).map(([k, v]) => `${k}:${v}`).join('  ')
console.log('MISSED', top(missed)); console.log('SPURIOUS', top(spur))
