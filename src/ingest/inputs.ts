import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { glob } from 'tinyglobby'
import type { ReadProblem } from './input.js'

/** One thing to read: a file, a URL, or standard input. */
export type InputRef = { kind: 'file'; path: string; size: number } | { kind: 'url'; url: string } | { kind: 'stdin' }

const GLOB_CHARS = /[*?[\]{}]/
const SKIPPED_DIRS = new Set(['node_modules', '.git'])

/**
 * Expands command-line inputs: files as they are, folders recursively (in name order, hidden
 * entries skipped), globs, http(s) URLs, and "-" for standard input. Each input that cannot be
 * used becomes one problem; the others go on.
 */
export async function expandInputs(args: readonly string[]): Promise<{ inputs: InputRef[]; problems: ReadProblem[] }> {
  const inputs: InputRef[] = []
  const problems: ReadProblem[] = []
  const seen = new Set<string>()
  const addFile = (path: string, size: number) => {
    if (seen.has(path)) return
    seen.add(path)
    inputs.push({ kind: 'file', path, size })
  }
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ kind: 'stdin' })
      continue
    }
    if (/^https?:\/\//i.test(arg)) {
      inputs.push({ kind: 'url', url: arg })
      continue
    }
    const info = await stat(arg).catch(() => null)
    if (info?.isFile()) addFile(arg, info.size)
    else if (info?.isDirectory()) for (const file of await walk(arg)) addFile(file.path, file.size)
    else if (GLOB_CHARS.test(arg)) {
      const matches = (await glob(arg, { onlyFiles: true, dot: false })).sort()
      if (matches.length === 0) problems.push({ origin: arg, code: 'E_INPUT_NOT_FOUND', message: 'the pattern matches no file' })
      for (const path of matches) {
        const s = await stat(path).catch(() => null)
        if (s) addFile(path, s.size)
      }
    } else if (info) problems.push({ origin: arg, code: 'E_INPUT_UNREADABLE', message: 'not a regular file or folder' })
    else problems.push({ origin: arg, code: 'E_INPUT_NOT_FOUND', message: 'no such file or folder' })
  }
  return { inputs, problems }
}

async function walk(dir: string): Promise<{ path: string; size: number }[]> {
  const out: { path: string; size: number }[] = []
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...(await walk(path)))
    else if (entry.isFile()) out.push({ path, size: (await stat(path)).size })
  }
  return out
}
