// A function over words, remembered word by word: text reuses a few thousand words, and the table
// is emptied once it holds `limit` of them, so memory stays bounded on any input.

export function memoByWord<T>(fn: (word: string) => T, limit = 100_000): (word: string) => T {
  const seen = new Map<string, T>()
  return (word) => {
    const known = seen.get(word)
    if (known !== undefined || seen.has(word)) return known as T
    if (seen.size >= limit) seen.clear()
    const value = fn(word)
    seen.set(word, value)
    return value
  }
}
