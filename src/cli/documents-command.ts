// `wirewatch documents [TEXT] [filters]`: stored documents, best match first with words, newest
// first without; each with its date, outlet, statement count and id (for `wirewatch show ID`).

import { type Command, Option } from 'commander'
import { type DocumentQuery, type DocumentSummary, SUPPORTED_LANGUAGES } from '../index.js'
import type { CliIo } from './io.js'
import { checkDateRange, checkLimit, checkWhole } from './options.js'
import { addDbOption, withStore } from './store-option.js'
import { printable } from './printable.js'

interface DocumentsFlags {
  outlet?: string
  lang?: string
  from?: string
  to?: string
  limit: string
  offset: string
  duplicates?: boolean
  json?: boolean
  db?: string
}

const EXAMPLES = `
Examples:
  wirewatch documents                                   the 20 newest
  wirewatch documents harbour corridor --from 2026-04   by words in the title or text
  wirewatch documents --outlet "Meridian Press" --limit 50 --offset 50 --json
  wirewatch documents --lang uk                         the 20 newest in Ukrainian`

export function registerDocumentsCommand(program: Command, io: CliIo, finish: (exitCode: number) => void): void {
  addDbOption(
    program
      .command('documents')
      .summary('list stored documents by words, date, outlet and language')
      .description('List stored documents: best match first with words, newest first without. Near-duplicate copies are left out unless --duplicates.')
      .argument('[text...]', 'words the title or text must contain (all of them)')
      .option('--outlet <name>', 'the publishing outlet (name, alias or id)')
      .addOption(new Option('--lang <code>', 'documents in this language').choices(SUPPORTED_LANGUAGES))
      .option('--from <YYYY-MM-DD>', 'dated on or after this date')
      .option('--to <YYYY-MM-DD>', 'dated on or before this date')
      .option('--limit <n>', 'how many documents', '20')
      .option('--offset <n>', 'skip this many first', '0')
      .option('--duplicates', 'include near-duplicate copies of a story')
      .option('--json', 'print the documents as JSON'),
  )
    .addHelpText('after', EXAMPLES)
    .action(async (words: string[], flags: DocumentsFlags) => {
      const query = queryOf(words, flags)
      const found = await withStore(flags.db, io, (store) => store.listDocuments(query))
      io.stdout.write(flags.json ? `${JSON.stringify(found, null, 2)}\n` : printable(formatDocuments(found)))
      finish(0)
    })
}

function queryOf(words: string[], flags: DocumentsFlags): DocumentQuery {
  const limit = checkLimit(flags.limit, 1000)
  const offset = checkWhole(flags.offset, '--offset', 0)
  const text = words.join(' ').trim()
  return {
    ...(text ? { text } : {}),
    ...(flags.outlet ? { outlet: flags.outlet } : {}),
    ...(flags.lang ? { lang: flags.lang } : {}),
    ...checkDateRange(flags.from, flags.to),
    ...(flags.duplicates ? { includeDuplicates: true } : {}),
    limit,
    offset,
  }
}

/** One line per document: date, outlet, statements, id and title. */
export function formatDocuments(found: DocumentSummary[]): string {
  if (found.length === 0) return 'no documents found\n'
  return `${found
    .map((d) => {
      const meta = [d.date?.slice(0, 10) ?? 'undated', d.outlet, `${d.statements} statement${d.statements === 1 ? '' : 's'}`].filter(Boolean).join(' · ')
      const duplicate = d.nearDuplicateOf ? ` (near-duplicate of ${d.nearDuplicateOf})` : ''
      return `${d.id}  ${meta}${duplicate}\n   ${d.title ?? d.origin}`
    })
    .join('\n')}\n`
}
