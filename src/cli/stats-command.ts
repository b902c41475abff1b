// `wirewatch stats`: how much the store holds.

import type { Command } from 'commander'
import type { StoreStats } from '../index.js'
import type { CliIo } from './io.js'
import { addDbOption, withStore } from './store-option.js'
import { printable } from './printable.js'

export function registerStatsCommand(program: Command, io: CliIo, finish: (exitCode: number) => void): void {
  addDbOption(program.command('stats').summary('count documents, statements, entities and outlets').option('--json', 'print the counts as JSON'))
    .action(async (flags: { json?: boolean; db?: string }) => {
      const stats = await withStore(flags.db, io, (store) => store.stats())
      io.stdout.write(flags.json ? `${JSON.stringify(stats, null, 2)}\n` : printable(formatStats(stats)))
      finish(0)
    })
}

function formatStats(s: StoreStats): string {
  const e = s.entities
  const span = s.firstDate ? `, dated ${s.firstDate} to ${s.lastDate}` : ''
  return [
    `documents   ${s.documents} (${s.nearDuplicates} near-duplicate${s.nearDuplicates === 1 ? '' : 's'})${span}`,
    `statements  ${s.statements}`,
    `entities    ${e.person} people, ${e.organization} organisations, ${e.place} places, ${e.outlet} outlets`,
    '',
  ].join('\n')
}
