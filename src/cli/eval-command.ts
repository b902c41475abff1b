// `wirewatch eval DIR [DIR…]`: score the library's extractor on folders in the PolNeAR layout
// (PolNeAR's splits, the Russian and Ukrainian attribution sets). `wirewatch eval polnear DIR`,
// the earlier form, still works: a leading `polnear` is taken as the old subcommand's name.

import { stat } from 'node:fs/promises'
import type { Command } from 'commander'
import { type EvalReport, WirewatchError, evaluatePolnear, extract, formatEvalReport } from '../index.js'
import { fsReason } from './errors.js'
import type { CliIo } from './io.js'
import { checkLang, checkLimit } from './options.js'
import { progressOn } from './progress.js'
import { printable } from './printable.js'

interface EvalFlags {
  json?: boolean
  misses?: boolean
  limit?: string
  lang?: string
}

/** The name of the former subcommand, accepted before the folders. */
const OLD_SUBCOMMAND = 'polnear'

const EXAMPLES = `
Examples:
  wirewatch eval ../shared/polnear/dev
  wirewatch eval ../shared/polnear/dev ../shared/attribution-ru/dev ../shared/attribution-uk/dev
  wirewatch eval ../shared/attribution-ru/dev --misses --limit 5
  wirewatch eval ../shared/polnear/train --json > train-report.json

Each DIR holds text/NAME.txt and attributions/NAME_ANNOTATOR.ann (brat standoff); an article is
scored against the annotator whose id sorts first. Speaker-name accuracy is added where the gold
names its speakers: AnnotatorNotes lines on Source spans, or DIR/speaker-names/NAME.tsv.
Each folder gets its own table; --json prints one report, or an array of them for several folders.
"wirewatch eval polnear DIR" (the earlier form) is the same as "wirewatch eval DIR".
The exit code is 1 when an article could not be scored.`

export function registerEvalCommand(program: Command, io: CliIo, finish: (exitCode: number) => void): void {
  const evaluate = program
    .command('eval')
    .summary('score the extractor against annotated corpora (PolNeAR layout)')
    .description(
      'Score the extractor on folders in the PolNeAR layout (text/ and attributions/): exact and token P/R/F1 per role, statements, speakers, speaker names.',
    )
    .argument('[dir...]', 'folders in the PolNeAR layout, e.g. ../shared/polnear/dev')
    .option('--json', 'print the full report as JSON')
    .option('--misses', 'list what each article missed and invented, and the speaker names it got wrong')
    .option('--limit <n>', 'score only the first N articles of each folder, in name order')
    .option('--lang <code>', "the folders' language (en, ru, uk); by default identified for each article")
    .addHelpText('after', EXAMPLES)
    .action(async (dirs: string[], flags: EvalFlags) => {
      if (dirs.length === 0) {
        evaluate.outputHelp({ error: true })
        finish(2)
        return
      }
      finish(await runEval(await foldersOf(dirs), flags, io))
    })
}

/** The folders to score: a leading `polnear` is the old subcommand, unless it is a folder itself. */
async function foldersOf(dirs: string[]): Promise<string[]> {
  if (dirs[0] !== OLD_SUBCOMMAND) return dirs
  if (dirs.length > 1) return dirs.slice(1)
  if (await isFolder(OLD_SUBCOMMAND)) return dirs
  throw new WirewatchError('E_USAGE', "missing required argument 'dir'")
}

async function runEval(dirs: string[], flags: EvalFlags, io: CliIo): Promise<number> {
  const limit = flags.limit === undefined ? undefined : checkLimit(flags.limit)
  const lang = flags.lang === undefined ? undefined : checkLang(flags.lang)
  for (const dir of dirs) await requireFolder(dir)
  const reports: EvalReport[] = []
  for (const dir of dirs) {
    const progress = progressOn(io.stderr, 'scoring article')
    const report = await evaluatePolnear(dir, {
      ...(limit === undefined ? {} : { limit }),
      ...(lang === undefined ? {} : { lang }),
      // The library's own extractor, counted for the progress line.
      extractor: (text, options) => {
        progress.tick()
        return extract(text, options)
      },
    }).finally(() => progress.done())
    if (report.documents === 0 && report.failures.length === 0) {
      throw new WirewatchError('E_EVAL_DATA', `no articles in "${dir}": text/ and attributions/ hold no matching NAME.txt and NAME_*.ann files`)
    }
    reports.push(report)
  }
  if (flags.json) {
    io.stdout.write(`${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n`)
  } else {
    const tables = reports.map((r) => formatEvalReport(r, { misses: flags.misses === true }))
    io.stdout.write(printable(tables.join('\n')))
  }
  // One bad article does not stop the run, but the exit code says that something failed.
  return reports.some((r) => r.failures.length > 0) ? 1 : 0
}

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  )
}

/** A missing DIR gets its own message; a folder of the wrong shape is evaluatePolnear's to explain. */
async function requireFolder(dir: string): Promise<void> {
  try {
    if ((await stat(dir)).isDirectory()) return
  } catch (cause) {
    throw new WirewatchError('E_EVAL_DATA', `cannot read "${dir}": ${fsReason(cause, 'folder')}`, { cause })
  }
  throw new WirewatchError('E_EVAL_DATA', `"${dir}" is a file, not a folder in the PolNeAR layout`)
}
