// `wirewatch extract [FILE|-]`: read one text, run the library's extract, print the Document.

import { type Command, Option } from 'commander'
import { type Document, WirewatchError, extract, toBrat } from '../index.js'
import { formatDocumentText } from './format-text.js'
import { jsonChunks } from './json-chunks.js'
import { type CliIo, isTty } from './io.js'
import { checkDate, checkLang } from './options.js'
import { type InputSource, readInput } from './read-input.js'
import { printable } from './printable.js'

const RENDERERS = {
  // In chunks: the JSON of a document of a 40 MB text is longer than one string can be.
  json: function* (doc: Document) {
    yield* jsonChunks(doc)
    yield '\n'
  },
  text: (doc: Document) => [printable(formatDocumentText(doc))],
  // Standoff for brat, a machine format: its span texts must be the document's, byte for byte.
  brat: (doc: Document) => [toBrat(doc)],
} satisfies Record<string, (doc: Document) => Iterable<string>>

type Format = keyof typeof RENDERERS
const FORMATS = Object.keys(RENDERERS) as Format[]

interface ExtractFlags {
  date?: string
  lang?: string
  format: string
}

const EXAMPLES = `
Examples:
  wirewatch extract samples/briefs/harbor-talks.txt --format text
  wirewatch extract article.txt --date 2025-05-16 > article.json
  curl -s https://example.org/story.txt | wirewatch extract - --format brat

Input is UTF-8, UTF-16 with a BOM, or a legacy encoding (Windows-1251, KOI8-R, Windows-1252), at most 50 MB.`

export function registerExtractCommand(program: Command, io: CliIo, finish: (exitCode: number) => void): void {
  program
    .command('extract')
    .summary('extract who said what from a text')
    .description('Extract attributed statements, speakers and cited sources from a news text or brief.')
    .argument('[file]', 'text file to read; "-" or none reads standard input')
    .option('--date <YYYY-MM-DD>', 'publication date: the reference for relative dates (default: the brief\'s own date line)')
    .option('--lang <code>', 'language of the text: en, ru or uk (default: identified from the text)')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('json'))
    .addHelpText('after', EXAMPLES)
    .action(async (file: string | undefined, flags: ExtractFlags) => {
      finish(await runExtract(file, flags, io))
    })
}

async function runExtract(file: string | undefined, flags: ExtractFlags, io: CliIo): Promise<number> {
  // Options first: a typo should fail before a large input is read.
  const date = flags.date === undefined ? undefined : checkDate(flags.date)
  const lang = flags.lang === undefined ? undefined : checkLang(flags.lang)
  const render = RENDERERS[formatOf(flags.format)]
  const text = await readInput(inputSource(file, io))
  const doc = extract(text, { ...(date === undefined ? {} : { date }), ...(lang === undefined ? {} : { lang }) })
  for (const chunk of render(doc)) io.stdout.write(chunk)
  // JSON carries the diagnostics; the other formats have no place for them, so they go to stderr.
  if (flags.format !== 'json') for (const d of doc.diagnostics) io.stderr.write(printable(`wirewatch: ${d.severity} [${d.rule}]${d.span ? ` at ${d.span.start}` : ''}: ${d.message}\n`))
  return 0
}

function formatOf(value: string): Format {
  // commander's .choices() has already refused anything else; this narrows the type.
  if (!(FORMATS as string[]).includes(value)) throw new Error(`unexpected format "${value}"`)
  return value as Format
}

function inputSource(file: string | undefined, io: CliIo): InputSource {
  if (file !== undefined && file !== '-') return { kind: 'file', path: file }
  // With no FILE, a terminal on stdin means nobody is piping text in: waiting would look like a hang.
  if (file === undefined && isTty(io.stdin)) {
    throw new WirewatchError('E_USAGE', 'no input: give a FILE, or pipe text into standard input')
  }
  return { kind: 'stdin', stream: io.stdin }
}
