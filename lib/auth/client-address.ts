// Which address and scheme a request came from, decided from the connection rather than
// from what the client wrote. X-Forwarded-For and X-Forwarded-Proto are plain request
// headers that any client can send, so they count only when the socket's peer is a
// proxy the operator named (TRUST_PROXY); then the proxies' hops are walked from the
// right (each proxy appends the address it received the request from) and the first
// hop that is not a trusted proxy is the client. Left of it, anything may be forged.
// Pure: the server entry point (scripts/serve-next.ts) feeds it socket facts and headers.
import { compareIPv6, parseCidr, parseIPv4, parseIPv6, type IpRange } from '@/lib/policy/conditions/ip/parse-ip-address'

/** Whom the server believes about forwarded headers (TRUST_PROXY). */
export type TrustProxy =
  | { kind: 'none' }
  /** The nearest `hops` hops (the socket's peer counting as the first) are proxies. */
  | { kind: 'hops'; hops: number }
  /** Proxies are the hops whose address lies in one of these blocks. */
  | { kind: 'addresses'; ranges: readonly IpRange[] }

/**
 * A client behind more proxies than this is reported as the hop reached here: the walk
 * is bounded whatever the header holds (Node already caps all headers at 16 KB).
 */
export const MAX_FORWARDED_HOPS = 32

const MAX_HOP_COUNT = MAX_FORWARDED_HOPS

/**
 * TRUST_PROXY: unset or empty = trust no proxy; a whole number = that many proxies in
 * front of the server; otherwise comma-separated addresses or CIDR blocks. A value that
 * is none of these throws: a typo must stop the server, not silently trust no one (or everyone).
 */
export function parseTrustProxy(setting: string | undefined): TrustProxy {
  const text = setting?.trim() ?? ''
  if (text === '') return { kind: 'none' }
  if (/^\d+$/.test(text)) {
    const hops = Number(text)
    if (hops > MAX_HOP_COUNT) throw new Error(`TRUST_PROXY: at most ${MAX_HOP_COUNT} proxy hops, got ${text}`)
    return hops === 0 ? { kind: 'none' } : { kind: 'hops', hops }
  }
  const ranges = text.split(',').map((part) => {
    const entry = part.trim()
    const range = parseCidr(entry)
    if (!range) throw new Error(`TRUST_PROXY: "${entry}" is neither an address, a CIDR block nor a hop count`)
    return range
  })
  return { kind: 'addresses', ranges }
}

/** An address as the policies and the event history show it, or undefined when it is not one. */
export function normalizeAddress(text: string | undefined): string | undefined {
  if (text === undefined) return undefined
  let address = text.trim()
  // Some proxies write ports: "192.0.2.1:4711", "[2001:db8::1]:443"; the brackets alone too.
  if (address.startsWith('[')) {
    const close = address.indexOf(']')
    if (close === -1) return undefined
    const rest = address.slice(close + 1)
    if (rest !== '' && !isPortSuffix(rest)) return undefined
    address = address.slice(1, close)
  } else {
    const colon = address.indexOf(':')
    if (colon !== -1 && colon === address.lastIndexOf(':') && isPortSuffix(address.slice(colon))) address = address.slice(0, colon)
  }
  if (parseIPv4(address) !== undefined) return address
  const v6 = parseIPv6(address)
  if (v6 === undefined) return undefined
  // An IPv4 client on a dual-stack socket (::ffff:192.0.2.1) is 192.0.2.1, as AWS would show it.
  if (v6[0] === 0 && v6[1] === 0 && v6[2] === 0xffff) return ipv4Text(v6[3])
  return address.toLowerCase()
}

function isPortSuffix(text: string): boolean {
  return /^:\d{1,5}$/.test(text)
}

function ipv4Text(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.')
}

function isInRanges(address: string, ranges: readonly IpRange[]): boolean {
  const v4 = parseIPv4(address)
  const v6 = v4 === undefined ? parseIPv6(address) : undefined
  return ranges.some((range) => {
    if (range.family === 4) return v4 !== undefined && v4 >= range.first && v4 <= range.last
    return v6 !== undefined && compareIPv6(v6, range.first) >= 0 && compareIPv6(v6, range.last) <= 0
  })
}

/** The comma-separated entries of a header, right-most first, at most `limit` of them. */
function entriesFromRight(header: string | undefined, limit: number): string[] {
  const entries: string[] = []
  if (!header) return entries
  let end = header.length
  while (entries.length < limit && end >= 0) {
    const comma = header.lastIndexOf(',', end - 1)
    entries.push(header.slice(comma + 1, end).trim())
    if (comma === -1) break
    end = comma
  }
  return entries
}

export interface ConnectionFacts {
  /** req.socket.remoteAddress */
  socketAddress: string | undefined
  /** Whether the socket itself is TLS. */
  socketEncrypted: boolean
  /** The X-Forwarded-For and X-Forwarded-Proto headers as received (Node joins repeated ones with ", "). */
  forwardedFor?: string
  forwardedProto?: string
}

export interface ClientOfConnection {
  /** The client's address; undefined only when the socket has none (a closed socket). */
  address: string | undefined
  /** https between the client and the first trusted hop (aws:SecureTransport). */
  secure: boolean
  /** Whether the socket's peer is a trusted proxy, i.e. whether its other X-Forwarded-* headers count. */
  viaTrustedProxy: boolean
}

export function clientOfConnection(facts: ConnectionFacts, trust: TrustProxy): ClientOfConnection {
  const socket = normalizeAddress(facts.socketAddress)
  const isTrusted = (address: string, hop: number) =>
    trust.kind === 'hops' ? hop < trust.hops : trust.kind === 'addresses' && isInRanges(address, trust.ranges)
  if (socket === undefined || !isTrusted(socket, 0)) {
    return { address: socket, secure: facts.socketEncrypted, viaTrustedProxy: false }
  }
  // hops[0] is the socket's peer, hops[k] the k-th entry of X-Forwarded-For from the right.
  const forwarded = entriesFromRight(facts.forwardedFor, MAX_FORWARDED_HOPS)
  let client = socket
  let clientHop = 0
  for (let k = 1; k <= forwarded.length; k++) {
    const address = normalizeAddress(forwarded[k - 1])
    // A hop a trusted proxy wrote that is not an address ends the walk at that proxy:
    // nothing beyond it can be read, and the proxy itself is not the attacker's choice.
    if (address === undefined) break
    client = address
    clientHop = k
    if (!isTrusted(address, k)) break
  }
  return { address: client, secure: facts.socketEncrypted || schemeOfHop(facts.forwardedProto, clientHop) === 'https', viaTrustedProxy: true }
}

/**
 * The scheme the client used: the proxy that received the client's connection (hop
 * clientHop - 1) appended it at the same position from the right as the address it
 * appended. Proxies that overwrite X-Forwarded-Proto instead leave one value, their own.
 */
function schemeOfHop(header: string | undefined, clientHop: number): string | undefined {
  const schemes = entriesFromRight(header, MAX_FORWARDED_HOPS)
  if (schemes.length === 0) return undefined
  const index = Math.max(0, Math.min(clientHop - 1, schemes.length - 1))
  return schemes[index]?.toLowerCase()
}
