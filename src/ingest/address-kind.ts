// What kind of network an IP address is on. Fetching follows a redirect from a public address
// only to another public one: a page on the internet must not steer Wirewatch to the machine it
// runs on or to its local network (routers, cloud metadata at 169.254.169.254, internal admin pages).

import { isIPv4, isIPv6 } from 'node:net'

export type AddressKind = 'public' | 'loopback' | 'private' | 'link-local' | 'unspecified' | 'multicast' | 'reserved' | 'invalid'

// [first address, prefix length, kind]: IANA's special-purpose registries, the ranges that matter here.
const V4_RANGES: [string, number, AddressKind][] = [
  ['0.0.0.0', 8, 'unspecified'], // "this network"; 0.0.0.0 reaches the local machine
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'private'], // carrier-grade NAT, shared address space
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'reserved'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'reserved'], // benchmarking
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'], // 255.255.255.255, broadcast, included
]

/** The kind of `address`, an IPv4 or IPv6 address as a string (brackets and a zone id allowed). */
export function addressKind(address: string): AddressKind {
  const ip = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '')
  if (isIPv4(ip)) return v4Kind(v4Number(ip))
  if (isIPv6(ip)) return v6Kind(v6Groups(ip))
  return 'invalid'
}

function v4Kind(n: number): AddressKind {
  for (const [first, bits, kind] of V4_RANGES) {
    const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0
    if (((n & mask) >>> 0) === v4Number(first)) return kind
  }
  return 'public'
}

function v6Kind(g: number[]): AddressKind {
  const zeros = (from: number, to: number): boolean => g.slice(from, to).every((x) => x === 0)
  if (zeros(0, 8)) return 'unspecified' // ::
  if (zeros(0, 7) && g[7] === 1) return 'loopback' // ::1
  // IPv4 inside IPv6: mapped (::ffff:a.b.c.d), the old compatible form (::a.b.c.d) and NAT64
  // (64:ff9b::a.b.c.d) all reach the IPv4 address they carry.
  const embedded = ((g[6]! << 16) | g[7]!) >>> 0
  if (zeros(0, 5) && (g[5] === 0xffff || g[5] === 0)) return v4Kind(embedded)
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return v4Kind(embedded)
  if (g[0] === 0x2002) return v4Kind(((g[1]! << 16) | g[2]!) >>> 0) // 6to4 carries one too
  if ((g[0]! & 0xffc0) === 0xfe80) return 'link-local' // fe80::/10
  if ((g[0]! & 0xfe00) === 0xfc00) return 'private' // fc00::/7, unique local
  if ((g[0]! & 0xff00) === 0xff00) return 'multicast'
  if ((g[0]! & 0xffc0) === 0xfec0) return 'private' // fec0::/10, the deprecated site-local
  return 'public'
}

function v4Number(ip: string): number {
  return ip.split('.').reduce((n, part) => ((n << 8) | Number(part)) >>> 0, 0)
}

/** An IPv6 address (already known valid) → its eight 16-bit groups. */
function v6Groups(ip: string): number[] {
  let text = ip.toLowerCase()
  // A trailing dotted IPv4 part is two groups.
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)
  if (v4) {
    const n = v4Number(v4[1]!)
    text = text.slice(0, v4.index) + `${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined]
  const parse = (s: string | undefined): number[] => (s ? s.split(':').map((x) => parseInt(x, 16)) : [])
  const left = parse(head)
  const right = parse(tail)
  return tail === undefined ? left : [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right]
}
