import { describe, expect, it } from 'vitest'
import { clientOfConnection, MAX_FORWARDED_HOPS, normalizeAddress, parseTrustProxy, type ConnectionFacts } from './client-address'

describe('normalizeAddress', () => {
  const cases: { name: string; text: string | undefined; expected: string | undefined }[] = [
    { name: 'IPv4', text: '192.0.2.1', expected: '192.0.2.1' },
    { name: 'IPv4 with spaces around', text: '  192.0.2.1 ', expected: '192.0.2.1' },
    { name: 'IPv4 with a port', text: '192.0.2.1:4711', expected: '192.0.2.1' },
    { name: 'IPv6', text: '2001:DB8::1', expected: '2001:db8::1' },
    { name: 'IPv6 in brackets with a port', text: '[2001:db8::1]:443', expected: '2001:db8::1' },
    { name: 'IPv6 in brackets', text: '[::1]', expected: '::1' },
    { name: 'IPv4-mapped IPv6 (dual-stack socket) is the IPv4 address', text: '::ffff:192.0.2.10', expected: '192.0.2.10' },
    { name: 'IPv4-mapped IPv6 in hex is the IPv4 address too', text: '::ffff:c000:20a', expected: '192.0.2.10' },
    { name: 'a host name is no address', text: 'proxy.internal', expected: undefined },
    { name: 'the literal "unknown" some proxies write', text: 'unknown', expected: undefined },
    { name: 'an octet out of range', text: '192.0.2.256', expected: undefined },
    { name: 'a CIDR block is no address', text: '10.0.0.0/8', expected: undefined },
    { name: 'an unclosed bracket', text: '[2001:db8::1', expected: undefined },
    { name: 'garbage after the bracket', text: '[::1]x', expected: undefined },
    { name: 'an IPv6 zone id', text: 'fe80::1%eth0', expected: undefined },
    { name: 'empty', text: '', expected: undefined },
    { name: 'absent', text: undefined, expected: undefined },
  ]
  for (const c of cases) it(c.name, () => expect(normalizeAddress(c.text)).toBe(c.expected))
})

describe('parseTrustProxy', () => {
  it.each([
    ['unset', undefined],
    ['empty', ''],
    ['blank', '   '],
    ['zero hops', '0'],
  ])('%s trusts no proxy', (_name, setting) => expect(parseTrustProxy(setting)).toEqual({ kind: 'none' }))

  it('a whole number is a hop count', () => expect(parseTrustProxy(' 2 ')).toEqual({ kind: 'hops', hops: 2 }))

  it('addresses and CIDR blocks of both families', () => {
    const trust = parseTrustProxy('10.0.0.0/8, 192.0.2.7 ,2001:db8::/32')
    expect(trust.kind === 'addresses' && trust.ranges.map((r) => r.family)).toEqual([4, 4, 6])
  })

  it.each([
    ['a host name', 'proxy.internal', /"proxy.internal" is neither/],
    ['an empty entry', '10.0.0.1,,10.0.0.2', /"" is neither/],
    ['a negative count', '-1', /"-1" is neither/],
    ['a fraction', '1.5', /"1.5" is neither/],
    ['a prefix too long', '10.0.0.0/33', /"10.0.0.0\/33" is neither/],
    ['a keyword we do not know', 'true', /"true" is neither/],
    ['more hops than are ever read', String(MAX_FORWARDED_HOPS + 1), /at most/],
  ])('refuses %s', (_name, setting, message) => expect(() => parseTrustProxy(setting)).toThrow(message))
})

describe('clientOfConnection', () => {
  const cases: { name: string; trust: string | undefined; facts: ConnectionFacts; address: string | undefined; secure: boolean; viaTrustedProxy: boolean }[] = [
    {
      name: 'no setting: the socket, whatever the client wrote',
      trust: undefined,
      facts: { socketAddress: '198.51.100.7', socketEncrypted: false, forwardedFor: '10.1.1.1', forwardedProto: 'https' },
      address: '198.51.100.7', secure: false, viaTrustedProxy: false,
    },
    {
      name: 'no setting, dual-stack socket',
      trust: undefined,
      facts: { socketAddress: '::ffff:127.0.0.1', socketEncrypted: false },
      address: '127.0.0.1', secure: false, viaTrustedProxy: false,
    },
    {
      name: 'a TLS socket is secure transport without any proxy',
      trust: undefined,
      facts: { socketAddress: '2001:db8::5', socketEncrypted: true },
      address: '2001:db8::5', secure: true, viaTrustedProxy: false,
    },
    {
      name: 'a named proxy: its right-most hop is the client',
      trust: '10.0.0.2',
      facts: { socketAddress: '10.0.0.2', socketEncrypted: false, forwardedFor: '203.0.113.5', forwardedProto: 'https' },
      address: '203.0.113.5', secure: true, viaTrustedProxy: true,
    },
    {
      name: 'a named proxy on a dual-stack socket matches its IPv4 block',
      trust: '10.0.0.0/8',
      facts: { socketAddress: '::ffff:10.0.0.2', socketEncrypted: false, forwardedFor: '203.0.113.5' },
      address: '203.0.113.5', secure: false, viaTrustedProxy: true,
    },
    {
      name: 'a spoofed left-most hop behind a named proxy is ignored',
      trust: '10.0.0.0/8',
      facts: { socketAddress: '10.0.0.2', socketEncrypted: false, forwardedFor: '10.1.1.1, 203.0.113.5', forwardedProto: 'https, http' },
      address: '203.0.113.5', secure: false, viaTrustedProxy: true,
    },
    {
      name: 'a chain of named proxies: the first hop outside them',
      trust: '10.0.0.0/8, 2001:db8:ffff::/48',
      facts: { socketAddress: '10.0.0.2', socketEncrypted: false, forwardedFor: '1.2.3.4, 2001:db8::9, 2001:db8:ffff::1, 10.0.0.3', forwardedProto: 'http, https, http, http' },
      address: '2001:db8::9', secure: true, viaTrustedProxy: true,
    },
    {
      name: 'a peer that is not a named proxy: its headers do not count',
      trust: '10.0.0.0/8',
      facts: { socketAddress: '198.51.100.7', socketEncrypted: false, forwardedFor: '10.0.0.9', forwardedProto: 'https' },
      address: '198.51.100.7', secure: false, viaTrustedProxy: false,
    },
    {
      name: 'one hop: the right-most entry',
      trust: '1',
      facts: { socketAddress: '172.16.0.1', socketEncrypted: false, forwardedFor: '10.1.1.1, 203.0.113.5', forwardedProto: 'https' },
      address: '203.0.113.5', secure: true, viaTrustedProxy: true,
    },
    {
      name: 'two hops: the second entry from the right, and the scheme its proxy recorded',
      trust: '2',
      facts: { socketAddress: '172.16.0.1', socketEncrypted: false, forwardedFor: '10.1.1.1, 203.0.113.5, 172.16.0.9', forwardedProto: 'http, https, http' },
      address: '203.0.113.5', secure: true, viaTrustedProxy: true,
    },
    {
      name: 'more hops trusted than the header holds: its left-most entry',
      trust: '3',
      facts: { socketAddress: '172.16.0.1', socketEncrypted: false, forwardedFor: '203.0.113.5' },
      address: '203.0.113.5', secure: false, viaTrustedProxy: true,
    },
    {
      name: 'a trusted proxy that sent no X-Forwarded-For is itself the client',
      trust: '10.0.0.2',
      facts: { socketAddress: '10.0.0.2', socketEncrypted: false },
      address: '10.0.0.2', secure: false, viaTrustedProxy: true,
    },
    {
      name: 'a malformed hop ends the walk at the proxy that wrote it',
      trust: '10.0.0.0/8',
      facts: { socketAddress: '10.0.0.2', socketEncrypted: false, forwardedFor: '203.0.113.5, unknown, 10.0.0.3' },
      address: '10.0.0.3', secure: false, viaTrustedProxy: true,
    },
    {
      name: 'an empty header from a trusted proxy',
      trust: '1',
      facts: { socketAddress: '10.0.0.2', socketEncrypted: false, forwardedFor: ' , ' },
      address: '10.0.0.2', secure: false, viaTrustedProxy: true,
    },
    {
      name: 'ports and brackets in hops',
      trust: '1',
      facts: { socketAddress: '10.0.0.2', socketEncrypted: false, forwardedFor: '[2001:db8::1]:51000' },
      address: '2001:db8::1', secure: false, viaTrustedProxy: true,
    },
    {
      name: 'X-Forwarded-Proto in capitals',
      trust: '1',
      facts: { socketAddress: '10.0.0.2', socketEncrypted: false, forwardedFor: '203.0.113.5', forwardedProto: 'HTTPS' },
      address: '203.0.113.5', secure: true, viaTrustedProxy: true,
    },
    {
      name: 'a socket without an address (closed)',
      trust: '1',
      facts: { socketAddress: undefined, socketEncrypted: false, forwardedFor: '203.0.113.5' },
      address: undefined, secure: false, viaTrustedProxy: false,
    },
  ]
  for (const c of cases) {
    it(c.name, () => {
      expect(clientOfConnection(c.facts, parseTrustProxy(c.trust))).toEqual({ address: c.address, secure: c.secure, viaTrustedProxy: c.viaTrustedProxy })
    })
  }

  it(`reads at most ${MAX_FORWARDED_HOPS} hops of a header that trusted proxies keep extending`, () => {
    const hops = Array.from({ length: 2000 }, (_, i) => `10.${(i >> 8) & 255}.${i & 255}.1`)
    const facts = { socketAddress: '10.0.0.2', socketEncrypted: false, forwardedFor: ['203.0.113.5', ...hops].join(', ') }
    // Every hop is trusted, so only the bound stops the walk: at the 32nd entry from the right.
    expect(clientOfConnection(facts, parseTrustProxy('10.0.0.0/8')).address).toBe(hops[hops.length - MAX_FORWARDED_HOPS])
  })
})
