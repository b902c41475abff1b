import type { Span, Statement } from '../../core/records.js'
import { span } from '../../core/span.js'
import type { Analysis } from '../analysis.js'
import { type NameFindings, mentionAt } from '../entities.js'
import type { DraftStatement } from '../pipeline/context.js'
import { stage } from '../pipeline/stage.js'
import { statementDate } from '../statement-date.js'
import { stanceOfRanges } from '../statement-stance.js'

/**
 * Statement records from the drafts: spans for source, cue and content; the speaker's entity and
 * role; when it was said; its channels (the document's, then its sentence's); the entities its
 * content is about; its stance; a confidence.
 */
export function buildStatements() {
  return stage('statements', ['analysis', 'names', 'clusterIds', 'drafts', 'channels'], [], (doc, ctx) => {
    const a = ctx.a
    const names = ctx.get('names')
    const ids = ctx.get('clusterIds')
    const channels = ctx.get('channels')
    for (const d of ctx.get('drafts')) doc.statements.push(statementOf(a, d, names, ids, channels, doc.date, doc.lang))
  })
}

function statementOf(a: Analysis, d: DraftStatement, names: NameFindings, ids: readonly string[], channels: string[], docDate: string | undefined, lang: string): Statement {
  const { attribution: at, speaker } = d
  const content = at.content.map(([s, e]) => span(a.text, ...trimmed(a.text, s, e)))
  // A source keeps the comma that closes its apposition, as annotators mark it.
  const mentions: Span[] = at.source ? [span(a.text, ...a.tok.charRange(at.source[0], at.source[1]))] : []
  const cue = span(a.text, ...a.tok.charRange(at.cue.start, at.cue.end))
  const speakerEntity = speaker.cluster !== undefined ? ids[speaker.cluster] : undefined
  const when = statementDate(a, at, content, docDate, lang)
  const stance = stanceOfRanges(a, at.content, [at.cue.start, at.cue.end], lang)
  return {
    id: '',
    kind: at.kind,
    speaker: {
      name: speaker.name,
      ...(speakerEntity ? { entity: speakerEntity } : {}),
      ...(speaker.role ? { role: speaker.role } : {}),
      mentions,
    },
    cue,
    content,
    ...(when ? when : {}),
    // Statements that name no channel of their own share the document's list, as they always have.
    via: d.via.length === 0 ? channels : [...new Set([...channels, ...d.via])],
    ...(d.medium ? { medium: d.medium } : {}),
    about: aboutEntities(a, names, ids, at.content, speakerEntity),
    ...(stance ? { stance } : {}),
    confidence: confidenceOf(d),
  }
}

function trimmed(text: string, s: number, e: number): [number, number] {
  while (s < e && /\s/.test(text[s]!)) s++
  while (e > s && /[\s,;:]/.test(text[e - 1]!)) e--
  return [s, e]
}

/** The named entities inside the content, the speaker aside. */
function aboutEntities(a: Analysis, names: NameFindings, ids: readonly string[], content: [number, number][], speaker: string | undefined): string[] {
  const about = new Set<string>()
  for (const [s, e] of content) {
    for (let k = a.tok.at(s); k < a.tok.count && a.tok.start(k) < e; k++) {
      const m = mentionAt(names, k)
      if (!m || m.start !== k) continue
      const id = ids[m.entity]!
      if (id !== speaker) about.add(id)
    }
  }
  return [...about]
}

function confidenceOf({ attribution, speaker }: DraftStatement): number {
  let c = attribution.cue.kind === 'speech' ? 0.8 : 0.6
  if (attribution.kind === 'direct') c += 0.1
  if (speaker.name === null) c -= 0.2
  return Math.round(Math.max(0.1, Math.min(1, c)) * 100) / 100
}
