import type { Dirent } from 'node:fs'
import { lstat, readdir, realpath, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { glob } from 'tinyglobby'
import type { ReadProblem } from './input.js'
import { CREDENTIALS_REFUSED, hasCredentials, redactCredentials } from './url-credentials.js'

/** One thing to read: a file, a URL, or standard input. */
export type InputRef = { kind: 'file'; path: string; size: number } | { kind: 'url'; url: string } | { kind: 'stdin' }

const GLOB_CHARS = /[*?[\]{}]/
const SKIPPED_DIRS = new Set(['node_modules', '.git'])

/**
 * Expands command-line inputs: files as they are, folders recursively (in name order, hidden
 * entries skipped, symbolic links followed), globs, http(s) URLs, and "-" for standard input.
 * Each input that cannot be used becomes one problem; the others go on. An argument that yields
 * nothing to read (an empty folder) is a problem too: "ingested 0 inputs" must never look like success.
 */
export async function expandInputs(args: readonly string[]): Promise<{ inputs: InputRef[]; problems: ReadProblem[] }> {
  const found = new Found()
  const { inputs, problems } = found
  if (args.length === 0) problems.push({ origin: '', code: 'E_USAGE', message: 'no inputs given: name files, folders, globs, URLs or "-"' })
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ kind: 'stdin' })
      continue
    }
    if (/^https?:\/\//i.test(arg)) {
      // Refused here, before the URL is shown anywhere (progress lines, problems, origins).
      if (hasCredentials(arg)) problems.push({ origin: redactCredentials(arg), code: 'E_FETCH', message: `it is ${CREDENTIALS_REFUSED}` })
      else inputs.push({ kind: 'url', url: arg })
      continue
    }
    const info = await stat(arg).catch(() => null)
    if (info?.isFile()) found.file(arg, info.size, await realOf(arg))
    else if (info?.isDirectory()) {
      const before = inputs.length
      await found.folder(arg, await realOf(arg))
      if (inputs.length === before) problems.push({ origin: arg, code: 'E_INPUT_EMPTY', message: 'the folder holds no files to read (hidden ones are skipped)' })
    } else if (GLOB_CHARS.test(arg)) {
      const matches = (await glob(arg, { onlyFiles: true, dot: false })).sort()
      if (matches.length === 0) problems.push({ origin: arg, code: 'E_INPUT_NOT_FOUND', message: 'the pattern matches no file' })
      for (const path of matches) {
        const s = await stat(path).catch(() => null)
        if (s) found.file(path, s.size, await realOf(path))
      }
    } else if (info) problems.push({ origin: arg, code: 'E_INPUT_UNREADABLE', message: 'not a regular file or folder' })
    else if (await lstat(arg).catch(() => null)) problems.push({ origin: arg, code: 'E_INPUT_NOT_FOUND', message: 'a symbolic link to nothing' })
    else problems.push({ origin: arg, code: 'E_INPUT_NOT_FOUND', message: 'no such file or folder' })
  }
  return { inputs, problems }
}

/**
 * What the arguments name, by real path: a file reached through two links is read once, and a
 * link back up the tree (or to any folder already read) is not followed again.
 */
class Found {
  readonly inputs: InputRef[] = []
  readonly problems: ReadProblem[] = []
  private readonly files = new Set<string>()
  private readonly folders = new Set<string>()

  file(path: string, size: number, real: string): void {
    if (this.files.has(real)) return
    this.files.add(real)
    this.inputs.push({ kind: 'file', path, size })
  }

  /** The files under `dir` (whose real path is `real`), in name order, through symbolic links too. */
  async folder(dir: string, real: string): Promise<void> {
    if (this.folders.has(real)) {
      this.problems.push({ origin: dir, code: 'E_INPUT_UNREADABLE', severity: 'warning', message: 'skipped: it links to a folder already read (a loop?)' })
      return
    }
    this.folders.add(real)
    let entries: Dirent[]
    try {
      entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    } catch (error) {
      this.problems.push({ origin: dir, code: 'E_INPUT_UNREADABLE', message: `the folder cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` })
      return
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue
      const path = join(dir, entry.name)
      if (entry.isSymbolicLink()) await this.link(path)
      else if (entry.isDirectory()) await this.folder(path, join(real, entry.name))
      // Beside a real folder's real path, a plain entry's real path needs no system call.
      else if (entry.isFile()) this.file(path, (await stat(path)).size, join(real, entry.name))
    }
  }

  /** A symbolic link met inside a folder: followed to what it points at. */
  private async link(path: string): Promise<void> {
    const info = await stat(path).catch(() => null)
    if (info === null) {
      this.problems.push({ origin: path, code: 'E_INPUT_NOT_FOUND', message: 'a symbolic link to nothing' })
      return
    }
    const real = await realOf(path)
    if (info.isDirectory()) await this.folder(path, real)
    else if (info.isFile()) this.file(path, info.size, real)
  }
}

/** The real path; the path itself when it vanished since it was seen (its reading will say so). */
function realOf(path: string): Promise<string> {
  return realpath(path).catch(() => path)
}
