import { analyse } from './src/extract/analysis.js'
import { findAttributions } from './src/extract/attribution.js'
import { englishCues } from './src/lexicon/cues.js'
import { readFileSync } from 'node:fs'
const text = readFileSync(process.argv[2]!, 'utf8').slice(0, Number(process.argv[3] ?? 3000))
const a = analyse(text)
for (let i=0;i<a.sentences.count;i++) console.log('S', i, JSON.stringify(text.slice(a.tokens.starts[a.sentences.starts[i]!]!, a.tokens.ends[a.sentences.ends[i]!-1]!)).slice(0,90))
for (const at of findAttributions(a, englishCues)) {
  const src = at.source ? text.slice(a.tokens.starts[at.source[0]]!, a.tokens.ends[at.source[1]-1]!) : null
  console.log(`{${text.slice(a.tokens.starts[at.cue.start]!, a.tokens.ends[at.cue.end-1]!)}} <${src}> :: ${at.content.map(([s,e])=>text.slice(s,e)).join(' … ').slice(0,100)}`)
}
