// `wirewatch read FILE|URL [--json]`: what the readers make of one input (title, date, body text),
// so extraction can be checked by eye and by script. Problems go to stderr, one line each.

import type { Command } from 'commander'
import { type InputDocument, type ReadResult, fetchInput, readBytes } from '../index.js'
import type { CliIo } from './io.js'
import { readInputBytes } from './read-input.js'
import { printable } from './printable.js'

interface ReadFlags {
  json?: boolean
}

const EXAMPLES = `
Examples:
  wirewatch read article.html
  wirewatch read https://example.org/news/story.html --json
  wirewatch read channel/result.json --json | jq '.[].text'

The reader is chosen by content: plain text, brief, HTML page, RSS/Atom feed,
Telegram Desktop export (result.json) or JSON lines.`

/** A URL scheme: anything with one is fetched (and refused unless http or https), never opened as a file. */
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i

export function registerReadCommand(program: Command, io: CliIo, finish: (exitCode: number) => void): void {
  program
    .command('read')
    .summary('show what is read from a file or URL')
    .description('Read a file or URL as ingest would and print each document it holds: title, date, then the body text.')
    .argument('<input>', 'a file, an http(s) URL, or "-" for standard input')
    .option('--json', 'print {title, date, outlet, url, text}: an object, or an array when the input holds several documents')
    .addHelpText('after', EXAMPLES)
    .action(async (input: string, flags: ReadFlags) => {
      finish(await runRead(input, flags, io))
    })
}

async function runRead(input: string, flags: ReadFlags, io: CliIo): Promise<number> {
  const result = await readSource(input, io)
  if (result.documents.length > 0) io.stdout.write(flags.json ? renderJson(result.documents) : printable(renderText(result.documents)))
  for (const problem of result.problems) {
    const line = problem.severity === 'warning' ? `wirewatch: warning: "${problem.origin}": ${problem.message}` : `wirewatch: cannot read "${problem.origin}": ${problem.message}`
    io.stderr.write(printable(`${line}\n`))
  }
  // A warning (bad bytes replaced, a field left out) still read the input.
  return result.problems.some((p) => p.severity !== 'warning') ? 1 : 0
}

async function readSource(input: string, io: CliIo): Promise<ReadResult> {
  if (URL_SCHEME.test(input)) {
    const fetched = await fetchInput(input)
    const hint = fetched.contentType === undefined ? { url: fetched.finalUrl } : { url: fetched.finalUrl, contentType: fetched.contentType }
    return readBytes(fetched.bytes, fetched.finalUrl, hint)
  }
  if (input === '-') return readBytes(await readInputBytes({ kind: 'stdin', stream: io.stdin }), 'stdin')
  return readBytes(await readInputBytes({ kind: 'file', path: input }), input)
}

function renderText(documents: InputDocument[]): string {
  return documents.map((doc) => `${header(doc, documents.length > 1).join('\n')}\n\n${doc.text.trim()}\n`).join(`\n${'-'.repeat(72)}\n\n`)
}

function header(doc: InputDocument, several: boolean): string[] {
  const lines = [`title: ${doc.title ?? '(none)'}`, `date: ${doc.date ?? '(none)'}`]
  if (doc.outlet) lines.push(`outlet: ${doc.outlet}`)
  if (doc.url) lines.push(`url: ${doc.url}`)
  if (doc.forwardedFrom) lines.push(`forwarded from: ${doc.forwardedFrom.join(' ← ')}`)
  if (several) lines.push(`origin: ${doc.origin}`)
  return lines
}

function renderJson(documents: InputDocument[]): string {
  const objects = documents.map(toJson)
  return `${JSON.stringify(objects.length === 1 ? objects[0] : objects, null, 2)}\n`
}

/** The five fields always (null when the input has none), and provenance when there is some. */
function toJson(doc: InputDocument): Record<string, unknown> {
  return {
    title: doc.title ?? null,
    date: doc.date ?? null,
    outlet: doc.outlet ?? null,
    url: doc.url ?? null,
    text: doc.text,
    ...(doc.lang ? { lang: doc.lang } : {}),
    ...(doc.forwardedFrom ? { forwardedFrom: doc.forwardedFrom } : {}),
  }
}
