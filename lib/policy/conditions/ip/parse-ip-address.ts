// Dotted quad, each octet 0-255 without leading zeros: "010.0.0.1" is refused rather than guessed
// as octal or decimal. Read character by character: aws:SourceIp is parsed on every evaluation of
// an IP condition, and a RegExp match allocated an array and four strings each time.
const DOT = 46

/** An IPv4 address as an unsigned 32-bit number, or undefined. */
export function parseIPv4(text: string): number | undefined {
  const n = text.length
  if (n < 7 || n > 15) return undefined
  let address = 0
  let i = 0
  for (let octet = 0; octet < 4; octet++) {
    if (octet > 0) {
      if (text.charCodeAt(i) !== DOT) return undefined
      i++
    }
    const start = i
    let value = 0
    while (i < n) {
      const d = text.charCodeAt(i) - 48
      if (d < 0 || d > 9) break
      value = value * 10 + d
      i++
    }
    const length = i - start
    if (length === 0 || length > 3 || value > 255 || (length > 1 && text.charCodeAt(start) === 48)) return undefined
    address = address * 256 + value
  }
  return i === n ? address : undefined
}

/**
 * A 128-bit IPv6 address as four unsigned 32-bit words, most significant first. Words rather than
 * a bigint: aws:SourceIp is parsed on every evaluation, and bigint arithmetic was ten times slower.
 */
export type IPv6Words = [number, number, number, number]

function hexDigit(code: number): number {
  if (code >= 48 && code <= 57) return code - 48
  if (code >= 97 && code <= 102) return code - 87
  if (code >= 65 && code <= 70) return code - 55
  return -1
}

/** An IPv6 address (RFC 4291 text forms: `::` compression, an IPv4 tail), or undefined. No zone ids. */
export function parseIPv6(text: string): IPv6Words | undefined {
  const n = text.length
  if (n < 2) return undefined
  const head: number[] = []
  const tail: number[] = []
  let groups = head
  let compressed = false
  let i = 0
  if (text.charCodeAt(0) === 58) {
    if (text.charCodeAt(1) !== 58) return undefined
    compressed = true
    groups = tail
    i = 2
  }
  while (i < n) {
    const start = i
    let value = 0
    let digit: number
    while (i < n && (digit = hexDigit(text.charCodeAt(i))) !== -1) {
      value = value * 16 + digit
      i++
    }
    if (i < n && text.charCodeAt(i) === 46) {
      // An embedded IPv4 tail (::ffff:192.0.2.1) fills the last two groups.
      const v4 = parseIPv4(text.slice(start))
      if (v4 === undefined) return undefined
      groups.push(v4 >>> 16, v4 & 0xffff)
      break
    }
    const length = i - start
    if (length === 0 || length > 4) return undefined
    groups.push(value)
    if (i === n) break
    if (text.charCodeAt(i) !== 58) return undefined
    i++
    if (i < n && text.charCodeAt(i) === 58) {
      if (compressed) return undefined
      compressed = true
      groups = tail
      i++
    } else if (i === n) {
      return undefined
    }
  }
  const count = head.length + tail.length
  if (compressed ? count > 7 : count !== 8) return undefined
  const all = new Array<number>(8).fill(0)
  for (let g = 0; g < head.length; g++) all[g] = head[g]
  for (let g = 0; g < tail.length; g++) all[8 - tail.length + g] = tail[g]
  return [
    ((all[0] << 16) | all[1]) >>> 0,
    ((all[2] << 16) | all[3]) >>> 0,
    ((all[4] << 16) | all[5]) >>> 0,
    ((all[6] << 16) | all[7]) >>> 0,
  ]
}

/** -1, 0 or 1 as a is below, equal to or above b. */
export function compareIPv6(a: IPv6Words, b: IPv6Words): number {
  for (let w = 0; w < 4; w++) if (a[w] !== b[w]) return a[w] < b[w] ? -1 : 1
  return 0
}

export interface IPv4Range { family: 4; first: number; last: number }
export interface IPv6Range { family: 6; first: IPv6Words; last: IPv6Words }
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
    // 2 ** hostBits, not a shift: `x << 32` is `x` in JavaScript, which would make /0 a /32.
    const size = 2 ** (32 - prefix)
    const first = Math.floor(v4 / size) * size
    return { family: 4, first, last: first + size - 1 }
  }
  const v6 = parseIPv6(address)
  if (v6 !== undefined) {
    const prefix = prefixText === undefined ? 128 : Number(prefixText)
    if (prefix > 128) return undefined
    const first: IPv6Words = [0, 0, 0, 0]
    const last: IPv6Words = [0, 0, 0, 0]
    for (let w = 0; w < 4; w++) {
      const networkBits = Math.min(32, Math.max(0, prefix - 32 * w))
      const hostMask = networkBits === 32 ? 0 : (0xffffffff >>> networkBits)
      first[w] = (v6[w] & ~hostMask) >>> 0
      last[w] = (v6[w] | hostMask) >>> 0
    }
    return { family: 6, first, last }
  }
  return undefined
}
