import { describe, expect, it } from 'vitest'
import { MAX_ID_LENGTH } from '../core/ids.js'
import { parseRegistry } from './registry.js'

describe('registry ids', () => {
  it('refuses an id longer than the API takes, naming the entry', () => {
    const id = `person:${'x'.repeat(MAX_ID_LENGTH)}`
    expect(() => parseRegistry({ entities: [{ name: 'Ilsa Varga', id }] }, 'reg.json')).toThrow(/reg\.json: entities\[0\] \(Ilsa Varga\): "id" must be at most 200 characters/)
    expect(() => parseRegistry({ merges: { 'person:i-varga': id } }, 'reg.json')).toThrow(/merges\["person:i-varga"\]: must be an id of at most 200/)
  })

  it('bounds the id it makes from a very long name', () => {
    const registry = parseRegistry({ entities: [{ name: `Ministry of ${'Harbors and '.repeat(30)}Fisheries`, type: 'organization' }] })
    expect(registry.entities[0]!.id.length).toBeLessThanOrEqual(MAX_ID_LENGTH)
  })
})
