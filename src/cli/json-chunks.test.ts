import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extract } from '../index.js'
import { jsonChunks } from './json-chunks.js'

describe('jsonChunks', () => {
  it('writes exactly what JSON.stringify(value, null, 2) writes', () => {
    const values: unknown[] = [
      extract(readFileSync(new URL('../../samples/briefs/harbor-talks.txt', import.meta.url), 'utf8')),
      { a: [], b: {}, c: [1, undefined, () => 1, 'x\ny'], d: undefined, e: { f: [{ g: null }] }, h: 'line\nbreak' },
      [1, 2],
      {},
      'text',
      null,
    ]
    for (const value of values) expect([...jsonChunks(value, 64)].join('')).toBe(JSON.stringify(value, null, 2))
  })

  it('gives chunks of about the size asked for', () => {
    const value = { items: Array.from({ length: 1000 }, (_, i) => ({ i, text: 'a statement' })) }
    const chunks = [...jsonChunks(value, 4096)]
    expect(chunks.length).toBeGreaterThan(5)
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(4096 + 200)
  })
})
