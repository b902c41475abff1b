import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { asVersion4 } from '../store/sqlite/schema-fixtures.js'
import { runCli } from './run-in-process.js'

const harbor = fileURLToPath(new URL('../../samples/briefs/harbor-talks.txt', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'wirewatch-store-option-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('a store written by an earlier version', () => {
  it('is upgraded on first use, with a line on stderr saying so, then opens silently', async () => {
    const db = join(dir, 'old.db')
    expect((await runCli(['ingest', harbor, '--db', db])).code).toBe(0)
    const before = await runCli(['search', 'talks', '--speaker', 'Reivik', '--db', db, '--json'])
    expect(JSON.parse(before.stdout).length).toBeGreaterThan(0)
    asVersion4(db)

    const upgraded = await runCli(['search', 'talks', '--speaker', 'Reivik', '--db', db, '--json'])
    expect(upgraded.code).toBe(0)
    expect(upgraded.stderr).toBe(
      `wirewatch: upgrading ${db} to schema version 5 (statements_fts gains speaker pairs)…\n` +
        `wirewatch: upgrading ${db} to schema version 6 (statements_speaker covers outlet_n)…\n` +
        `wirewatch: upgrading ${db} to schema version 7 (names whose meaning depends on evidence: full-name counts and name uses)…\n` +
        `wirewatch: upgrading ${db} to schema version 8 (event reports keep their own account; events regrouped after each commit)…\n` +
        `wirewatch: upgrading ${db} to schema version 9 (Russian and Ukrainian words indexed by their stems; statements keyed by language)…\n`,
    )
    expect(upgraded.stdout).toBe(before.stdout)
    const again = await runCli(['search', 'talks', '--speaker', 'Reivik', '--db', db, '--json'])
    expect(again.stderr).toBe('')
  })

  it('says nothing when a new store is created', async () => {
    const r = await runCli(['stats', '--db', join(dir, 'new.db')])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
  })
})
