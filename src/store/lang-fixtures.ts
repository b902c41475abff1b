import { minhashSignature } from '../core/minhash.js'
import type { Document, Entity, Statement } from '../core/records.js'
import type { StoredDocument } from './store.js'

// A Russian and a Ukrainian document for the tests of stems and language filters (the store
// contract, the CLI, the API), written by hand rather than by the extractor, so that what they
// hold does not move while the Russian and Ukrainian rules change. FICTIONAL texts: the people
// (Lenna Corvish and Piet Amberlo, as samples/registry.json spells them in Cyrillic), the countries
// and the town are invented.

const RUSSIAN = `Министр иностранных дел Вальдории Ленна Корвиш заявила в пятницу, что итоги переговоров в Тальмаре будут известны через неделю.

«Мы готовы подписать соглашение о пароме», — сказала Корвиш журналистам.

(Вымышленный текст для тестов хранилища Wirewatch.)
`

const UKRAINIAN = `Посол Вальдорії Піт Амберло заявив у понеділок, що результати переговорів у Тальмарі оголосять наступного тижня.

«Ми відкриті до нових зустрічей», — сказав Амберло.

(Вигаданий текст для тестів сховища Wirewatch.)
`

export interface LangFixtures {
  /** Ленна Корвиш: s1 "итоги переговоров в Тальмаре…" (indirect), s2 "«Мы готовы подписать соглашение о пароме»" (direct). */
  russian: StoredDocument
  /** Піт Амберло: s1 "результати переговорів у Тальмарі…" (indirect), s2 "«Ми відкриті до нових зустрічей»" (direct). */
  ukrainian: StoredDocument
}

/** Fresh copies every call. */
export function langFixtures(): LangFixtures {
  return {
    russian: stored(
      document({
        id: 'fixture-ru-talmar',
        lang: 'ru',
        date: '2025-05-16',
        title: 'Корвиш: итоги переговоров в Тальмаре будут известны через неделю',
        text: RUSSIAN,
        speaker: { id: 'person:lenna-corvish', name: 'Ленна Корвиш', role: 'министр иностранных дел Вальдории', surname: 'Корвиш' },
        statements: [
          { kind: 'indirect', cue: 'заявила', content: 'итоги переговоров в Тальмаре будут известны через неделю', mention: 'Ленна Корвиш' },
          { kind: 'direct', cue: 'сказала', content: '«Мы готовы подписать соглашение о пароме»', mention: 'Корвиш журналистам' },
        ],
      }),
      'fixtures/ru-wire.txt',
    ),
    ukrainian: stored(
      document({
        id: 'fixture-uk-talmar',
        lang: 'uk',
        date: '2025-05-19',
        title: 'Амберло: результати переговорів у Тальмарі оголосять наступного тижня',
        text: UKRAINIAN,
        speaker: { id: 'person:piet-amberlo', name: 'Піт Амберло', role: 'посол Вальдорії', surname: 'Амберло' },
        statements: [
          { kind: 'indirect', cue: 'заявив', content: 'результати переговорів у Тальмарі оголосять наступного тижня', mention: 'Піт Амберло' },
          { kind: 'direct', cue: 'сказав', content: '«Ми відкриті до нових зустрічей»', mention: 'Амберло.' },
        ],
      }),
      'fixtures/uk-wire.txt',
    ),
  }
}

interface Spec {
  id: string
  lang: string
  date: string
  title: string
  text: string
  speaker: { id: string; name: string; role: string; surname: string }
  statements: { kind: Statement['kind']; cue: string; content: string; mention: string }[]
}

function document(spec: Spec): Document {
  const { text } = spec
  const person: Entity = {
    id: spec.speaker.id,
    type: 'person',
    name: spec.speaker.name,
    aliases: [spec.speaker.name],
    roles: [spec.speaker.role],
    mentions: [span(text, spec.speaker.name)],
  }
  const statements = spec.statements.map((s, k): Statement => {
    const mention = span(text, s.mention)
    // The speaker as written: the surname alone where the mention runs on ("Корвиш журналистам").
    const source = s.mention.startsWith(spec.speaker.name) ? mention : { start: mention.start, end: mention.start + spec.speaker.surname.length, text: spec.speaker.surname }
    return {
      id: `${spec.id}:s${k + 1}`,
      kind: s.kind,
      speaker: { name: spec.speaker.name, entity: spec.speaker.id, role: spec.speaker.role, mentions: [source] },
      cue: span(text, s.cue),
      content: [span(text, s.content)],
      date: spec.date,
      via: [],
      about: [],
      confidence: 0.9,
    }
  })
  return { id: spec.id, title: spec.title, date: spec.date, lang: spec.lang, text, sources: [], entities: [person], statements, events: [], diagnostics: [] }
}

function span(text: string, part: string): { start: number; end: number; text: string } {
  const start = text.indexOf(part)
  if (start < 0) throw new Error(`lang-fixtures: "${part}" is not in the text`)
  return { start, end: start + part.length, text: part }
}

function stored(document: Document, origin: string): StoredDocument {
  return { document, provenance: { origin, reader: 'text', ingestedAt: '2025-05-20T08:00:00.000Z', signature: minhashSignature(document.text) } }
}
