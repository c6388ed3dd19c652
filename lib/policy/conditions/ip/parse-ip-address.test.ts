import { describe, expect, it } from 'vitest'
import { parseCidr, parseIPv4, parseIPv6, type IPv6Words } from './parse-ip-address'

/** Words of a 128-bit value, so expectations read as one hex number. */
function words(value: bigint): IPv6Words {
  const mask = 0xffffffffn
  return [Number((value >> 96n) & mask), Number((value >> 64n) & mask), Number((value >> 32n) & mask), Number(value & mask)]
}

describe('parseIPv4', () => {
  it.each([
    ['a dotted quad', '192.0.2.1', 0xc0000201],
    ['the top address', '255.255.255.255', 0xffffffff],
    ['zero', '0.0.0.0', 0],
    ['an octet over 255', '256.0.0.1', undefined],
    ['a leading zero (octal or decimal?)', '010.0.0.1', undefined],
    ['three octets', '10.0.1', undefined],
    ['blanks', ' 10.0.0.1', undefined],
  ] as const)('%s', (_name, text, expected) => {
    expect(parseIPv4(text)).toBe(expected)
  })
})

describe('parseIPv6', () => {
  it.each([
    ['the full form', '2001:0db8:0000:0000:0000:0000:0000:0001', 0x20010db8000000000000000000000001n],
    ['a compressed form', '2001:db8::1', 0x20010db8000000000000000000000001n],
    ['the loopback', '::1', 1n],
    ['all zeros', '::', 0n],
    ['a trailing ::', 'fe80::', 0xfe800000000000000000000000000000n],
    ['an IPv4 tail', '::ffff:192.0.2.1', 0xffffc0000201n],
    ['upper case hex', 'FE80::ABCD', 0xfe80000000000000000000000000abcdn],
    ['two :: are ambiguous', '1::2::3', undefined],
    ['nine groups', '1:2:3:4:5:6:7:8:9', undefined],
    ['a group of five digits', '12345::', undefined],
    ['a zone id', 'fe80::1%eth0', undefined],
    ['an IPv4 address', '10.0.0.1', undefined],
    ['a single leading colon', ':1::', undefined],
    ['a trailing single colon', '1::2:', undefined],
    ['a bad IPv4 tail', '::ffff:300.0.0.1', undefined],
    ['eight groups and ::', '1:2:3:4::5:6:7:8', undefined],
    ['seven groups and ::', '1:2:3::4:5:6:7', 0x00010002000300000004000500060007n],
  ] as const)('%s', (_name, text, expected) => {
    expect(parseIPv6(text)).toEqual(expected === undefined ? undefined : words(expected))
  })
})

describe('parseCidr', () => {
  it.each([
    ['a /24', '10.1.2.0/24', { family: 4, first: 0x0a010200, last: 0x0a0102ff }],
    ['a /0', '0.0.0.0/0', { family: 4, first: 0, last: 0xffffffff }],
    ['a bare IPv4 address as /32', '10.0.0.1', { family: 4, first: 0x0a000001, last: 0x0a000001 }],
    ['host bits masked', '10.1.2.3/24', { family: 4, first: 0x0a010200, last: 0x0a0102ff }],
    ['an IPv6 /64', '2001:db8::/64', { family: 6, first: words(0x20010db8000000000000000000000000n), last: words(0x20010db800000000ffffffffffffffffn) }],
    ['a bare IPv6 address as /128', '::1', { family: 6, first: words(1n), last: words(1n) }],
    ['an IPv6 /0', '::/0', { family: 6, first: words(0n), last: words((1n << 128n) - 1n) }],
    ['an IPv6 /96 across a word boundary', '::ffff:0:0/96', { family: 6, first: words(0xffff00000000n), last: words(0xffffffffffffn) }],
    ['an IPv6 /60 inside a word', '2001:db8:0:10::/60', { family: 6, first: words(0x20010db8000000100000000000000000n), last: words(0x20010db80000001fffffffffffffffffn) }],
    ['an IPv4 prefix over 32', '10.0.0.0/33', undefined],
    ['an IPv6 prefix over 128', '::/129', undefined],
    ['a signed prefix', '10.0.0.0/+8', undefined],
    ['an empty prefix', '10.0.0.0/', undefined],
    ['not an address', 'corp-network', undefined],
  ] as const)('%s', (_name, text, expected) => {
    expect(parseCidr(text)).toEqual(expected)
  })
})
