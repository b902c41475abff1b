// Features are hashed to 32-bit integers instead of built as strings: the cue classifier scores
// every candidate cue of every document, and string building and hashing dominated its cost.

const FNV_PRIME = 0x01000193

/** FNV-1a over a string, continuing from `seed`. */
export function hashString(seed: number, s: string): number {
  let h = seed
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME)
  return h
}

/** A feature: template number and one value. */
export function feature(template: number, value: string): number {
  return hashString(Math.imul(0x811c9dc5 ^ template, FNV_PRIME), value) | 0
}

/** A feature: template number and two values ("w_n1=said_that"). */
export function feature2(template: number, first: string, second: string): number {
  return hashString(hashString(Math.imul(0x811c9dc5 ^ template, FNV_PRIME), first) ^ 0x1f, second) | 0
}
