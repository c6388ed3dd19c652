import { describe, expect, it } from 'vitest'
import { requestMetaFromHeaders } from './request-meta'

const cases: { name: string; headers: Record<string, string>; expected: ReturnType<typeof requestMetaFromHeaders> }[] = [
  { name: 'no headers', headers: {}, expected: { secureTransport: false } },
  {
    name: 'next start on loopback',
    headers: { 'x-forwarded-for': '127.0.0.1', 'user-agent': 'Mozilla/5.0', 'x-forwarded-proto': 'http' },
    expected: { sourceIp: '127.0.0.1', userAgent: 'Mozilla/5.0', secureTransport: false },
  },
  {
    name: 'IPv4 client on a dual-stack socket',
    headers: { 'x-forwarded-for': '::ffff:192.0.2.10' },
    expected: { sourceIp: '192.0.2.10', secureTransport: false },
  },
  { name: 'IPv6 client', headers: { 'x-forwarded-for': '2001:db8::1' }, expected: { sourceIp: '2001:db8::1', secureTransport: false } },
  {
    name: 'behind a TLS proxy chain: the client is the first address',
    headers: { 'x-forwarded-for': '203.0.113.5, 10.0.0.2', 'x-forwarded-proto': 'https,http' },
    expected: { sourceIp: '203.0.113.5', secureTransport: true },
  },
  { name: 'x-real-ip when there is no x-forwarded-for', headers: { 'x-real-ip': '198.51.100.4' }, expected: { sourceIp: '198.51.100.4', secureTransport: false } },
]

describe('requestMetaFromHeaders', () => {
  for (const c of cases) {
    it(c.name, () => {
      expect(requestMetaFromHeaders((name) => c.headers[name])).toEqual(c.expected)
    })
  }
})
