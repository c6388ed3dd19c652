import { describe, expect, it } from 'vitest'
import { requestMetaFromHeaders } from './request-meta'

// The headers as lib/auth/forwarded-headers.ts leaves them (one address, one scheme),
// and what is left of a request that did not pass through it.
const cases: { name: string; headers: Record<string, string>; expected: ReturnType<typeof requestMetaFromHeaders> }[] = [
  { name: 'no headers', headers: {}, expected: { secureTransport: false } },
  {
    name: 'a loopback client over http',
    headers: { 'x-forwarded-for': '127.0.0.1', 'user-agent': 'Mozilla/5.0', 'x-forwarded-proto': 'http' },
    expected: { sourceIp: '127.0.0.1', userAgent: 'Mozilla/5.0', secureTransport: false },
  },
  { name: 'an IPv6 client over https', headers: { 'x-forwarded-for': '2001:db8::1', 'x-forwarded-proto': 'https' }, expected: { sourceIp: '2001:db8::1', secureTransport: true } },
  { name: 'an IPv4 client on a dual-stack socket', headers: { 'x-forwarded-for': '::ffff:192.0.2.10' }, expected: { sourceIp: '192.0.2.10', secureTransport: false } },
  {
    name: 'a list is no address: it was not rewritten from the connection',
    headers: { 'x-forwarded-for': '10.1.1.1, 203.0.113.5', 'x-forwarded-proto': 'https,http' },
    expected: { secureTransport: false },
  },
  { name: 'x-real-ip is not read', headers: { 'x-real-ip': '198.51.100.4' }, expected: { secureTransport: false } },
]

describe('requestMetaFromHeaders', () => {
  for (const c of cases) {
    it(c.name, () => {
      expect(requestMetaFromHeaders((name) => c.headers[name])).toEqual(c.expected)
    })
  }
})
