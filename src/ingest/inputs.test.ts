// expandInputs on real folders in a temporary directory: links followed, loops cut, nothing silent.

import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { expandInputs } from './inputs.js'

const work = mkdtempSync(join(tmpdir(), 'wirewatch-inputs-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

function folder(...parts: string[]): string {
  const dir = join(work, ...parts)
  mkdirSync(dir, { recursive: true })
  return dir
}

const paths = (inputs: Awaited<ReturnType<typeof expandInputs>>['inputs']): string[] => inputs.map((i) => (i.kind === 'file' ? i.path : i.kind))

describe('expandInputs', () => {
  it('follows a symbolic link to a file, inside a folder that holds nothing else', async () => {
    const elsewhere = folder('elsewhere')
    writeFileSync(join(elsewhere, 'story.txt'), 'Ilsa Varga said the talks would go on.')
    const links = folder('only-links')
    symlinkSync(join(elsewhere, 'story.txt'), join(links, 'linked.txt'))
    const { inputs, problems } = await expandInputs([links])
    expect(problems).toEqual([])
    expect(inputs).toEqual([{ kind: 'file', path: join(links, 'linked.txt'), size: 38 }])
  })

  it('cuts a link back to a parent folder with a warning, and reads each file once', async () => {
    const top = folder('loop')
    writeFileSync(join(top, 'a.txt'), 'a')
    const sub = folder('loop', 'sub')
    writeFileSync(join(sub, 'b.txt'), 'b')
    symlinkSync(top, join(sub, 'up')) // loop/sub/up → loop
    symlinkSync(join(top, 'a.txt'), join(sub, 'same-as-a.txt'))
    const { inputs, problems } = await expandInputs([top])
    expect(paths(inputs)).toEqual([join(top, 'a.txt'), join(sub, 'b.txt')])
    expect(problems).toEqual([{ origin: join(sub, 'up'), code: 'E_INPUT_UNREADABLE', severity: 'warning', message: 'skipped: it links to a folder already read (a loop?)' }])
  })

  it('reports a link to nothing, inside a folder and as an argument', async () => {
    const dir = folder('dangling')
    symlinkSync(join(work, 'no-such-file.txt'), join(dir, 'gone.txt'))
    const { inputs, problems } = await expandInputs([dir, join(dir, 'gone.txt')])
    expect(inputs).toEqual([])
    expect(problems).toEqual([
      { origin: join(dir, 'gone.txt'), code: 'E_INPUT_NOT_FOUND', message: 'a symbolic link to nothing' },
      { origin: dir, code: 'E_INPUT_EMPTY', message: 'the folder holds no files to read (hidden ones are skipped)' },
      { origin: join(dir, 'gone.txt'), code: 'E_INPUT_NOT_FOUND', message: 'a symbolic link to nothing' },
    ])
  })

  it('calls an empty folder, one with only hidden files, and no arguments at all a problem', async () => {
    const empty = folder('empty')
    const hidden = folder('hidden')
    writeFileSync(join(hidden, '.notes.txt'), 'x')
    const { inputs, problems } = await expandInputs([empty, hidden])
    expect(inputs).toEqual([])
    expect(problems.map((p) => [p.origin, p.code])).toEqual([
      [empty, 'E_INPUT_EMPTY'],
      [hidden, 'E_INPUT_EMPTY'],
    ])
    expect((await expandInputs([])).problems).toEqual([{ origin: '', code: 'E_USAGE', message: 'no inputs given: name files, folders, globs, URLs or "-"' }])
  })
})
