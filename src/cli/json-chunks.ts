// JSON.stringify(value, null, 2), written in pieces: a document of a 40 MB text holds hundreds of
// thousands of statements, and its JSON as one string would pass V8's longest string (~512 MB).
// The top-level object's arrays are written one element at a time.

/** The text JSON.stringify(value, null, 2) gives, as consecutive chunks of at most about `chunkChars` characters. */
export function* jsonChunks(value: unknown, chunkChars = 1 << 20): Generator<string> {
  let buffer = ''
  for (const piece of pieces(value)) {
    buffer += piece
    if (buffer.length >= chunkChars) {
      yield buffer
      buffer = ''
    }
  }
  if (buffer) yield buffer
}

function* pieces(value: unknown): Generator<string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    yield JSON.stringify(value, null, 2)
    return
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol')
  if (entries.length === 0) {
    yield '{}'
    return
  }
  yield '{\n'
  for (const [k, [key, v]] of entries.entries()) {
    yield `  ${JSON.stringify(key)}: `
    if (Array.isArray(v) && v.length > 0) {
      yield '[\n'
      for (let i = 0; i < v.length; i++) {
        const element = v[i]
        const json = element === undefined || typeof element === 'function' || typeof element === 'symbol' ? 'null' : JSON.stringify(element, null, 2)
        yield `    ${json.replaceAll('\n', '\n    ')}${i < v.length - 1 ? ',' : ''}\n`
      }
      yield '  ]'
    } else yield JSON.stringify(v, null, 2).replaceAll('\n', '\n  ')
    yield k < entries.length - 1 ? ',\n' : '\n'
  }
  yield '}'
}
