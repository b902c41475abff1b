// `wirewatch eval polnear DIR`: score the library's extractor on a PolNeAR split.

import { stat } from 'node:fs/promises'
import type { Command } from 'commander'
import { WirewatchError, evaluatePolnear, extract, formatEvalReport } from '../index.js'
import { fsReason } from './errors.js'
import type { CliIo } from './io.js'
import { checkLimit } from './options.js'
import { progressOn } from './progress.js'
import { printable } from './printable.js'

interface PolnearFlags {
  json?: boolean
  misses?: boolean
  limit?: string
}

const EXAMPLES = `
Examples:
  wirewatch eval polnear ../shared/polnear/dev
  wirewatch eval polnear ../shared/polnear/dev --misses --limit 5
  wirewatch eval polnear ../shared/polnear/train --json > train-report.json

DIR holds text/NAME.txt and attributions/NAME_ANNOTATOR.ann (brat standoff).
The exit code is 1 when an article could not be scored.`

export function registerEvalCommand(program: Command, io: CliIo, finish: (exitCode: number) => void): void {
  const evaluate = program
    .command('eval')
    .summary('score the extractor against an annotated corpus')
    .description('Score the extractor against an annotated corpus.')
    .addHelpText('after', '\nExample:\n  wirewatch eval polnear ../shared/polnear/dev --misses')
  evaluate
    .command('polnear')
    .summary('score on a PolNeAR split (text/ and attributions/)')
    .description('Score the extractor on a PolNeAR split: exact and token P/R/F1 per role, statements, speakers.')
    .argument('<dir>', 'a PolNeAR split folder, e.g. ../shared/polnear/dev')
    .option('--json', 'print the full report as JSON')
    .option('--misses', 'list what each article missed and invented')
    .option('--limit <n>', 'score only the first N articles, in name order')
    .addHelpText('after', EXAMPLES)
    .action(async (dir: string, flags: PolnearFlags) => {
      finish(await runPolnear(dir, flags, io))
    })
}

async function runPolnear(dir: string, flags: PolnearFlags, io: CliIo): Promise<number> {
  const limit = flags.limit === undefined ? undefined : checkLimit(flags.limit)
  await requireFolder(dir)
  const progress = progressOn(io.stderr, 'scoring article')
  const report = await evaluatePolnear(dir, {
    ...(limit === undefined ? {} : { limit }),
    // The library's own extractor, counted for the progress line; PolNeAR is English.
    extractor: (text, options) => {
      progress.tick()
      return extract(text, { ...options, lang: 'en' })
    },
  }).finally(() => progress.done())
  if (report.documents === 0 && report.failures.length === 0) {
    throw new WirewatchError('E_EVAL_DATA', `no articles in "${dir}": text/ and attributions/ hold no matching NAME.txt and NAME_*.ann files`)
  }
  io.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : printable(formatEvalReport(report, { misses: flags.misses === true })))
  // One bad article does not stop the run, but the exit code says that something failed.
  return report.failures.length > 0 ? 1 : 0
}

/** A missing DIR gets its own message; a folder of the wrong shape is evaluatePolnear's to explain. */
async function requireFolder(dir: string): Promise<void> {
  try {
    if ((await stat(dir)).isDirectory()) return
  } catch (cause) {
    throw new WirewatchError('E_EVAL_DATA', `cannot read "${dir}": ${fsReason(cause, 'folder')}`, { cause })
  }
  throw new WirewatchError('E_EVAL_DATA', `"${dir}" is a file, not a PolNeAR folder`)
}
