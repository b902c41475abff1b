import { extract } from './src/extract/extract.js'
import { readFileSync } from 'node:fs'
const text = readFileSync(process.argv[2]!, 'utf8')
const d = extract(text)
const needle = process.argv[3] ?? ''
for (const s of d.statements) { const line = `[${s.kind}] ${s.speaker.name} <${s.speaker.mentions.map(m=>m.text).join('|')}> {${s.cue?.text}@${s.cue?.start}} :: ${s.content.map(c=>c.text).join(' … ')}`; if (line.includes(needle)) console.log(line.slice(0, 300)) }
