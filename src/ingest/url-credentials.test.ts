import { describe, expect, it } from 'vitest'
import { hasCredentials, redactCredentials } from './url-credentials.js'

describe('URL credentials', () => {
  it('finds and hides a user name and password, up to the last "@" of the authority', () => {
    expect(hasCredentials('http://user:secret@127.0.0.1:8080/feed')).toBe(true)
    expect(redactCredentials('http://user:secret@127.0.0.1:8080/feed')).toBe('http://***@127.0.0.1:8080/feed')
    expect(redactCredentials('HTTPS://token@example.org')).toBe('HTTPS://***@example.org')
    expect(redactCredentials('http://u:p@ss@example.org/a@b')).toBe('http://***@example.org/a@b')
  })

  it('leaves URLs without them alone, "@" in the path or query included', () => {
    expect(hasCredentials('https://example.org/@varga?mail=a@b.example')).toBe(false)
    expect(redactCredentials('https://example.org/@varga')).toBe('https://example.org/@varga')
  })
})
