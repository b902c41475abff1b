// Ids: the ones within MAX_ID_LENGTH exactly as they have always been made (stores hold them), and
// longer ones cut to a readable prefix and a stable hash, never past the limit.

import { describe, expect, it } from 'vitest'
import { MAX_ID_LENGTH, boundId, documentId, entityId, slug } from './ids.js'

describe('entityId', () => {
  it('is the type and the slug of the name, as before, within the limit', () => {
    expect(entityId('person', 'Ilsa Varga')).toBe('person:ilsa-varga')
    expect(entityId('outlet', 'Meridian Press')).toBe('outlet:meridian-press')
    expect(entityId('place', 'Port Meren')).toBe('place:port-meren')
    expect(entityId('person', 'Ёлка Ўсё')).toBe('person:елка-усе')
    const longest = 'x'.repeat(MAX_ID_LENGTH - 'outlet:'.length)
    expect(entityId('outlet', longest)).toBe(`outlet:${longest}`)
  })

  it('cuts a longer one to a prefix of it and a hash of the whole, at most MAX_ID_LENGTH long', () => {
    // A 200-character outlet name, as POST /documents takes (fictional).
    const name = 'Meridian Press Association of Independent Harbour Correspondents '.repeat(4).slice(0, 200).trim()
    const id = entityId('outlet', name)
    expect(`outlet:${slug(name)}`.length).toBeGreaterThan(MAX_ID_LENGTH)
    expect(id.length).toBeLessThanOrEqual(MAX_ID_LENGTH)
    expect(id).toMatch(/^outlet:meridian-press-association-of-independent-harbour-correspondents-[a-z-]+-[0-9a-f]{16}$/)
    expect(entityId('outlet', name)).toBe(id)
    // Two names that differ only past the prefix get two ids.
    expect(entityId('outlet', `${name.slice(0, 190)} North`)).not.toBe(entityId('outlet', `${name.slice(0, 190)} South`))
  })

  it('never cuts a character outside the BMP in two', () => {
    const id = entityId('place', '𐐷'.repeat(150))
    expect(id.length).toBeLessThanOrEqual(MAX_ID_LENGTH)
    // No lone surrogate: it would not survive UTF-8 (a URL, the store).
    expect(id).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/)
  })
})

describe('boundId', () => {
  it('leaves an id within the limit as it is, and bounds any other', () => {
    expect(boundId('event:meeting-ilsa-varga-2026-04-27')).toBe('event:meeting-ilsa-varga-2026-04-27')
    const long = `event:meeting-${'ilsa-varga-'.repeat(40)}2026-04-27`
    expect(boundId(long).length).toBeLessThanOrEqual(MAX_ID_LENGTH)
    expect(boundId(long).startsWith('event:meeting-ilsa-varga-')).toBe(true)
  })
})

describe('documentId', () => {
  it('is as it was: 16 hex digits of the normalised text', () => {
    expect(documentId('Ilsa Varga said  so.\n')).toBe(documentId('Ilsa Varga said so.'))
    expect(documentId('Ilsa Varga said so.')).toBe('7de0758e7ceb382a')
  })
})
