// The benchmark corpus: every *.txt in one folder, sorted by name, read as UTF-8.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export interface CorpusDoc {
  name: string
  text: string
  /** UTF-8 size of the text, in bytes. */
  bytes: number
}

export class CorpusError extends Error {
  override name = 'CorpusError'
}

/**
 * The repository root: the nearest folder above `fromUrl` holding a package.json. From the
 * compiled dist/bench/extract.js that is two levels up; from bench/extract.ts (tsx), one.
 */
export function repoRoot(fromUrl: string): string {
  let dir = dirname(fileURLToPath(fromUrl))
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir
    const up = dirname(dir)
    if (up === dir) throw new CorpusError(`no package.json above ${fileURLToPath(fromUrl)}`)
    dir = up
  }
}

/** ../shared/polnear/train/text, the sibling `shared` folder of the repository root. */
export function defaultCorpusDir(fromUrl: string): string {
  return resolve(repoRoot(fromUrl), '..', 'shared', 'polnear', 'train', 'text')
}

/** Reads every *.txt in `dir`, sorted by name. Throws CorpusError when there is none. */
export function loadCorpus(dir: string): CorpusDoc[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new CorpusError(`benchmark corpus not found: ${dir} is not a folder`)
  }
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
  if (names.length === 0) throw new CorpusError(`benchmark corpus is empty: no *.txt in ${dir}`)
  return names.map((name) => {
    const text = readFileSync(join(dir, name), 'utf8')
    return { name, text, bytes: Buffer.byteLength(text, 'utf8') }
  })
}
