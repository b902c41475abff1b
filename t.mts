import { extract } from './src/extract/extract.js'
import { readFileSync } from 'node:fs'
const text = readFileSync(process.argv[2] ?? '../shared/seeds/000_1f2eece8fa9ed85a.txt','utf8')
const d = extract(text)
console.log(d.date, JSON.stringify(d.sources))
for (const s of d.statements) console.log(`${s.id} [${s.kind}] ${s.speaker.name} (${s.speaker.role}) <${s.speaker.mentions.map(m=>m.text).join('|')}> ${s.cue?.text} :: ${s.content.map(c=>c.text).join(' … ').slice(0,100)} @${s.date}`)
for (const e of d.entities) console.log(e.id, e.type, JSON.stringify(e.aliases), JSON.stringify(e.roles), e.kind ?? '', JSON.stringify(e.labels ?? []))
