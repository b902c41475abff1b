import { loadPolnear } from './src/eval/polnear.js'
import { extract } from './src/extract/extract.js'
import { analyse } from './src/extract/analysis.js'
import { findCues } from './src/extract/cues.js'
import { englishCues } from './src/lexicon/cues.js'
const docs = await loadPolnear('../shared/polnear/train', { limit: 200 })
const want = process.argv[2]
let found = 0, notFound = 0; const ex: string[] = []; const byCue = new Map<string, number>()
for (const g of docs) {
  const d = extract(g.text)
  const cues = findCues(analyse(g.text), englishCues)
  for (const at of g.gold.attributions) {
    if (!at.cue.length || !at.content.length) continue
    const c = at.cue[0]!
    if (d.statements.some(s => s.cue && s.cue.start < c.end && c.start < s.cue.end)) continue
    const hit = cues.some(q => q.start < 1e9)
    const a = analyse(g.text)
    const cueFound = cues.some(q => a.tokens.starts[q.start]! < c.end && c.start < a.tokens.ends[q.end-1]!)
    if (cueFound) { found++; if ((!want || c.text.toLowerCase() === want) && ex.length < 25) ex.push(`${c.text} || ${g.text.slice(Math.max(0,c.start-120), c.end+80).replace(/\n/g,' ¶ ')}`) }
    else { notFound++; byCue.set(c.text.toLowerCase(), (byCue.get(c.text.toLowerCase()) ?? 0) + 1) }
  }
}
console.log({ found, notFound }); console.log([...byCue].sort((a,b)=>b[1]-a[1]).slice(0,80).map(([k,v])=>`${k}:${v}`).join('  ')); console.log(ex.join('\n'))
