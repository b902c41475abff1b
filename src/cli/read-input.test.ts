import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WirewatchError } from '../index.js'
import { formatBytes, MAX_INPUT_BYTES, readInput } from './read-input.js'

let tmp: string
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'wirewatch-input-'))
})
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true })
})

async function failure(promise: Promise<unknown>): Promise<WirewatchError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  if (!(error instanceof WirewatchError)) throw new Error(`expected a WirewatchError, got ${String(error)}`)
  return error
}

describe('readInput size limit', () => {
  it('is 50 MB by default', () => {
    expect(MAX_INPUT_BYTES).toBe(50 * 1024 * 1024)
    expect(formatBytes(MAX_INPUT_BYTES)).toBe('50 MB')
  })

  it('refuses a file over the limit from its size, before reading it', async () => {
    const big = join(tmp, 'big.txt')
    await writeFile(big, 'x'.repeat(3000))
    const error = await failure(readInput({ kind: 'file', path: big }, { maxBytes: 2048 }))
    expect(error.code).toBe('E_INPUT_TOO_LARGE')
    expect(error.message).toBe(`cannot read "${big}": it is 2.9 KB, larger than the 2 KB limit; split it into smaller files`)
  })

  it('stops reading standard input once it passes the limit', async () => {
    const stdin = new PassThrough()
    const reading = readInput({ kind: 'stdin', stream: stdin }, { maxBytes: 10 })
    stdin.write('0123456789')
    stdin.write('abc') // over the limit; the stream never ends, and need not
    const error = await failure(reading)
    expect(error.code).toBe('E_INPUT_TOO_LARGE')
    expect(error.message).toBe('cannot read standard input: it is larger than the 10 bytes limit; split it into smaller files')
    expect(stdin.listenerCount('data')).toBe(0)
  })

  it('accepts input at the limit', async () => {
    const stdin = new PassThrough()
    stdin.end('0123456789')
    await expect(readInput({ kind: 'stdin', stream: stdin }, { maxBytes: 10 })).resolves.toBe('0123456789')
  })
})
