import { extract } from './src/extract/extract.js'
const text = process.argv[2]!
const d = extract(text)
for (const s of d.statements) console.log(`[${s.kind}] ${s.speaker.name} <${s.speaker.mentions.map(m=>m.text).join('|')}> {${s.cue?.text}} :: ${s.content.map(c=>c.text).join(' … ')}`)
