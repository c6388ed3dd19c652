// Dotted quad, each octet 0-255 without leading zeros: "010.0.0.1" is refused rather than guessed
// as octal or decimal.
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/
const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/

/** An IPv4 address as an unsigned 32-bit number, or undefined. */
export function parseIPv4(text: string): number | undefined {
  const m = IPV4.exec(text)
  if (m === null) return undefined
  return ((Number(m[1]) << 24) | (Number(m[2]) << 16) | (Number(m[3]) << 8) | Number(m[4])) >>> 0
}

function parseGroups(part: string): number[] | undefined {
  if (part === '') return []
  const groups: number[] = []
  const pieces = part.split(':')
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]
    if (i === pieces.length - 1 && piece.includes('.')) {
      // An embedded IPv4 tail (::ffff:192.0.2.1) fills the last two groups.
      const v4 = parseIPv4(piece)
      if (v4 === undefined) return undefined
      groups.push(v4 >>> 16, v4 & 0xffff)
    } else if (HEX_GROUP.test(piece)) {
      groups.push(parseInt(piece, 16))
    } else {
      return undefined
    }
  }
  return groups
}

/** An IPv6 address (RFC 4291 text forms, `::` compression, IPv4 tail) as a 128-bit bigint, or undefined. */
export function parseIPv6(text: string): bigint | undefined {
  if (!text.includes(':')) return undefined
  const compressed = text.indexOf('::')
  let groups: number[] | undefined
  if (compressed === -1) {
    groups = parseGroups(text)
    if (groups === undefined || groups.length !== 8) return undefined
  } else {
    if (text.indexOf('::', compressed + 1) !== -1) return undefined
    const head = parseGroups(text.slice(0, compressed))
    const tail = parseGroups(text.slice(compressed + 2))
    if (head === undefined || tail === undefined || head.length + tail.length > 7) return undefined
    groups = [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail]
  }
  let value = 0n
  for (const group of groups) value = (value << 16n) | BigInt(group)
  return value
}

export interface IPv4Range { family: 4; first: number; last: number }
export interface IPv6Range { family: 6; first: bigint; last: bigint }
export type IpRange = IPv4Range | IPv6Range

/**
 * A CIDR block as its first and last address. A bare address is a /32 or /128 block. Host bits
 * set below the prefix ("10.1.2.3/24") are ignored, as a network mask does.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IPAddress
 */
export function parseCidr(text: string): IpRange | undefined {
  const slash = text.indexOf('/')
  const address = slash === -1 ? text : text.slice(0, slash)
  const prefixText = slash === -1 ? undefined : text.slice(slash + 1)
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return undefined
  const v4 = parseIPv4(address)
  if (v4 !== undefined) {
    const prefix = prefixText === undefined ? 32 : Number(prefixText)
    if (prefix > 32) return undefined
    const hostBits = 32 - prefix
    const size = 2 ** hostBits
    const first = Math.floor(v4 / size) * size
    return { family: 4, first, last: first + size - 1 }
  }
  const v6 = parseIPv6(address)
  if (v6 !== undefined) {
    const prefix = prefixText === undefined ? 128 : Number(prefixText)
    if (prefix > 128) return undefined
    const hostMask = (1n << BigInt(128 - prefix)) - 1n
    const first = v6 & ~hostMask & ((1n << 128n) - 1n)
    return { family: 6, first, last: first | hostMask }
  }
  return undefined
}
