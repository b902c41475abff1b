import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The version in wirewatch's package.json. Found by walking up from this file, because it sits
 * at a different depth in src/cli (tests) and dist/src/cli (the installed CLI).
 */
export async function packageVersion(): Promise<string> {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const version = await versionIn(join(dir, 'package.json'))
    if (version) return version
    const parent = dirname(dir)
    if (parent === dir) return 'unknown'
    dir = parent
  }
}

async function versionIn(path: string): Promise<string | undefined> {
  try {
    const pkg: unknown = JSON.parse(await readFile(path, 'utf8'))
    if (typeof pkg !== 'object' || pkg === null || !('name' in pkg) || !('version' in pkg)) return undefined
    return pkg.name === 'wirewatch' && typeof pkg.version === 'string' ? pkg.version : undefined
  } catch {
    return undefined // no package.json here (or not ours): keep walking up
  }
}
