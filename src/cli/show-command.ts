// `wirewatch show ID`: a document, a statement or an entity, with its evidence in context.

import type { Command } from 'commander'
import { type SearchHit, type Span, type Store, type StoredDocument, type StoredEntity, WirewatchError } from '../index.js'
import { type CliIo, isTty } from './io.js'
import { printableRecord } from './printable.js'
import { addDbOption, withStore } from './store-option.js'

const EXAMPLES = `
Examples:
  wirewatch show 5d1f283e99f4e15e           a document
  wirewatch show 5d1f283e99f4e15e:s3        a statement, with its evidence marked in context
  wirewatch show person:ilsa-varga          an entity
  wirewatch show "Varga"                    the entities that name matches`

export function registerShowCommand(program: Command, io: CliIo, finish: (exitCode: number) => void): void {
  addDbOption(
    program
      .command('show')
      .summary('show a document, statement or entity with its evidence')
      .argument('<id>', 'a document id, a statement id (<document>:s<n>), an entity id (person:…), or a name')
      .option('--json', 'print the record as JSON'),
  )
    .addHelpText('after', EXAMPLES)
    .action(async (id: string, flags: { json?: boolean; db?: string }) => {
      const found = await withStore(flags.db, io, (store) => lookup(store, id))
      if (!found) throw new WirewatchError('E_INPUT_NOT_FOUND', `nothing stored has the id or name "${id}"`)
      const mark = isTty(io.stdout) ? TERMINAL_MARKS : PLAIN_MARKS
      io.stdout.write(flags.json ? `${JSON.stringify(found.record, null, 2)}\n` : found.render(mark))
      finish(0)
    })
}

type Found = { record: unknown; render: (marks: Marks) => string }

async function lookup(store: Store, id: string): Promise<Found | undefined> {
  if (/:s\d+$/.test(id)) {
    const hit = await store.getStatement(id)
    const doc = hit && (await store.getDocument(hit.document.id))
    return hit && doc ? { record: hit, render: (m) => renderStatement(printableRecord(hit), printableRecord(doc), m) } : undefined
  }
  // Rendered from printable copies: the views add their own marks, around text made safe first.
  const doc = await store.getDocument(id)
  if (doc) return { record: doc, render: () => renderDocument(printableRecord(doc)) }
  const entity = await store.getEntity(id)
  if (entity) return { record: entity, render: () => renderEntity(printableRecord(entity)) }
  const named = await store.findEntities(id, 10)
  if (named.length > 0) return { record: named, render: () => printableRecord(named).map(renderEntity).join('\n') }
  return undefined
}

interface Marks {
  source: [string, string]
  cue: [string, string]
  content: [string, string]
  legend: string
}
const PLAIN_MARKS: Marks = { source: ['{', '}'], cue: ['<', '>'], content: ['[', ']'], legend: '{source} <cue> [content]' }
const TERMINAL_MARKS: Marks = {
  source: ['\x1b[1m', '\x1b[0m'],
  cue: ['\x1b[4m', '\x1b[0m'],
  content: ['\x1b[7m', '\x1b[0m'],
  legend: '\x1b[1msource\x1b[0m \x1b[4mcue\x1b[0m \x1b[7mcontent\x1b[0m',
}

function renderStatement(hit: SearchHit, stored: StoredDocument, marks: Marks): string {
  const s = hit.statement
  const text = stored.document.text
  const spans: { span: Span; mark: [string, string] }[] = [
    ...s.speaker.mentions.map((span) => ({ span, mark: marks.source })),
    ...(s.cue ? [{ span: s.cue, mark: marks.cue }] : []),
    ...s.content.map((span) => ({ span, mark: marks.content })),
  ].sort((a, b) => a.span.start - b.span.start)
  const from = paragraphStart(text, Math.min(...spans.map((x) => x.span.start)))
  const to = paragraphEnd(text, Math.max(...spans.map((x) => x.span.end)))
  let out = ''
  let at = from
  for (const { span, mark } of spans) {
    if (span.start < at) continue // overlapping evidence: the first mark wins
    out += text.slice(at, span.start) + mark[0] + text.slice(span.start, span.end) + mark[1]
    at = span.end
  }
  out += text.slice(at, to)
  const lines = [
    `${s.id} — ${s.speaker.name ?? '(unknown speaker)'}${s.speaker.role ? `, ${s.speaker.role}` : ''} — ${s.kind}${s.date ? ` — ${s.date}` : ''}`,
    `document ${hit.document.id}${hit.document.title ? ` "${hit.document.title}"` : ''}${hit.document.outlet ? ` · ${hit.document.outlet}` : ''}${hit.document.url ? ` · ${hit.document.url}` : ''}`,
    `from ${stored.provenance.origin} (${stored.provenance.reader})`,
    '',
    out.trim(),
    '',
    marks.legend,
    '',
  ]
  return lines.join('\n')
}

function renderDocument({ document: d, provenance: p }: StoredDocument): string {
  const head = [
    `${d.id}${d.title ? ` "${d.title}"` : ''}`,
    [d.date, d.outlet, d.url].filter(Boolean).join(' · '),
    `from ${p.origin} (${p.reader}), ingested ${p.ingestedAt}${p.nearDuplicateOf ? `; near-duplicate of ${p.nearDuplicateOf}` : ''}`,
    ...(p.forwardedFrom?.length ? [`forwarded from ${p.forwardedFrom.join(' ← ')}`] : []),
    '',
    `${d.statements.length} statement${d.statements.length === 1 ? '' : 's'}:`,
    ...d.statements.map((s) => `  ${s.id}  ${s.speaker.name ?? '(unknown)'} — ${s.kind} — ${s.content.map((c) => c.text).join(' … ').slice(0, 100)}`),
    '',
  ]
  return head.filter((line, n) => n !== 1 || line).join('\n')
}

function renderEntity({ entity: e, statementCount, aboutCount, firstSeen, lastSeen }: StoredEntity): string {
  return [
    `${e.id} — ${e.name} (${e.kind ?? e.type})`,
    `aliases: ${e.aliases.join(', ') || '—'}`,
    ...(e.roles.length ? [`roles: ${e.roles.join('; ')}`] : []),
    ...(e.labels?.length ? [`labels: ${e.labels.join(', ')}`] : []),
    `speaks in ${statementCount} statement${statementCount === 1 ? '' : 's'}, spoken about in ${aboutCount}${firstSeen ? `; seen ${firstSeen} to ${lastSeen}` : ''}`,
    '',
  ].join('\n')
}

function paragraphStart(text: string, at: number): number {
  const i = text.lastIndexOf('\n\n', at)
  return i < 0 ? 0 : i + 2
}

function paragraphEnd(text: string, at: number): number {
  const i = text.indexOf('\n\n', at)
  return i < 0 ? text.length : i
}
