// `wirewatch ingest PATH|URL...`: read, extract and store; progress while it runs, a summary after.

import { existsSync } from 'node:fs'
import { type Command, Option } from 'commander'
import { type IngestEvent, type IngestSummary, type Registry, ingest, loadRegistry } from '../index.js'
import { type CliIo, isTty } from './io.js'
import { addDbOption, withStore } from './store-option.js'
import { printable } from './printable.js'

const EXAMPLES = `
Examples:
  wirewatch ingest samples/corpus
  wirewatch ingest 'news/**/*.html' feeds/world.xml --db desk.db
  wirewatch ingest https://example.org/feed.xml
  cat post.txt | wirewatch ingest -

Reads plain text, briefs, HTML pages, RSS/Atom feeds, Telegram exports (result.json) and JSON
lines, detected by content. Ingesting the same input twice adds nothing. People, outlets and
events are matched to those already stored ("Putin" to Vladimir Putin, Песков to Peskov); a
registry file adds aliases, roles and merges of your own:
  {"entities": [{"name": "Ilsa Varga", "type": "person", "aliases": ["Ильза Варга"]}],
   "merges": {"person:i-varga": "person:ilsa-varga"},
   "outlets": [{"name": "Harbor Ledger", "kind": "newspaper", "aliases": ["The Ledger"]}]}
Exit code 1 when any input or document failed; the others are stored all the same.`

export function registerIngestCommand(program: Command, io: CliIo, finish: (exitCode: number) => void): void {
  addDbOption(
    program
      .command('ingest')
      .summary('read, extract and store files, folders, globs, URLs or stdin')
      .description('Read inputs, extract their statements and store them; one transaction per document.')
      .argument('<inputs...>', 'files, folders (recursively), globs, http(s) URLs, or "-" for standard input'),
  )
    .addOption(new Option('--registry <file>', `people and organisations to apply: aliases, roles, merges (default: $WIREWATCH_REGISTRY or ./${DEFAULT_REGISTRY} when present)`))
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], flags: { db?: string; registry?: string }) => {
      const registry = registryFrom(flags.registry, io)
      const progress = progressReporter(io)
      const summary = await withStore(flags.db, io, (store) => ingest(inputs, { store, stdin: io.stdin, onEvent: progress.onEvent, ...(registry ? { registry } : {}) }))
      progress.done()
      io.stdout.write(formatSummary(summary))
      finish(summary.problems.some((p) => p.severity !== 'warning') || summary.documents.failed > 0 ? 1 : 0)
    })
}

export const DEFAULT_REGISTRY = 'wirewatch.registry.json'

/** --registry, else $WIREWATCH_REGISTRY, else ./wirewatch.registry.json if there is one; a named file must exist. */
function registryFrom(flag: string | undefined, io: CliIo): Registry | undefined {
  const env = io.env ?? process.env
  const named = flag ?? (env.WIREWATCH_REGISTRY || undefined)
  if (named) return loadRegistry(named)
  return existsSync(DEFAULT_REGISTRY) ? loadRegistry(DEFAULT_REGISTRY) : undefined
}

/** A one-line progress bar on a terminal; otherwise a plain line per input, and one per problem. */
function progressReporter(io: CliIo): { onEvent: (event: IngestEvent) => void; done: () => void } {
  const tty = isTty(io.stderr)
  let line = ''
  let stored = 0
  const onEvent = (event: IngestEvent) => {
    if (event.type === 'problem') {
      if (tty && line) io.stderr.write('\r\x1b[K')
      const { origin, message, severity } = event.problem
      // A message that names its input already ("cannot fetch "…": HTTP 404") needs no prefix.
      // Origins and messages come from what was read (a feed's item ids, a redirect's URL): printable.
      io.stderr.write(printable(`wirewatch: ${severity === 'warning' ? 'warning: ' : ''}${message.includes(origin) ? message : `${origin}: ${message}`}\n`))
      if (tty && line) io.stderr.write(line)
      return
    }
    if (event.type === 'document') {
      if (event.outcome !== 'unchanged') stored++
      return
    }
    if (!tty) {
      io.stderr.write(printable(`reading ${event.origin} (${event.index + 1}/${event.total})\n`))
      return
    }
    const width = 24
    const filled = Math.round((event.index / event.total) * width)
    line = `\r\x1b[K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${event.index + 1}/${event.total}, ${stored} stored · ${shorten(printable(event.origin), 50)}`
    io.stderr.write(line)
  }
  const done = () => {
    if (tty && line) io.stderr.write('\r\x1b[K')
  }
  return { onEvent, done }
}

function shorten(s: string, max: number): string {
  return s.length <= max ? s : '…' + s.slice(s.length - max + 1)
}

function formatSummary(s: IngestSummary): string {
  const d = s.documents
  return (
    `ingested ${s.inputs} input${s.inputs === 1 ? '' : 's'}: ${d.new} new, ${d.unchanged} unchanged, ${d.duplicate} near-duplicate, ${d.failed} failed; ` +
    `${s.statementsAdded} statement${s.statementsAdded === 1 ? '' : 's'} added\n`
  )
}
