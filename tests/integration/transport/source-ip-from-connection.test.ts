// aws:SourceIp, aws:SecureTransport, the sign-in throttle's address and the events'
// sourceIPAddress come from the socket. A real HTTP server runs the server entry point's
// header rewrite (lib/auth/forwarded-headers.ts) and then what the app does with the
// headers (requestMetaFromHeaders → the gate, or the sign-in), so a test request goes
// through a real connection from 127.0.0.1 with whatever headers a client chooses to send.
// The bug this guards against: `curl -H 'X-Forwarded-For: 10.1.1.1'` passed a
// `Deny … NotIpAddress aws:SourceIp 10.0.0.0/8` policy.
import { createServer, request as httpRequest, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { parseTrustProxy, type TrustProxy } from '@/lib/auth/client-address'
import { rewriteForwardedHeaders } from '@/lib/auth/forwarded-headers'
import { requestMetaFromHeaders } from '@/lib/auth/request-meta'
import { signInToConsole } from '@/lib/auth/sign-in'
import { createUser, getUser, putUserPolicy } from '@/lib/iam'
import { doc, iamErrorOf, setUpIamTest, type IamTestContext } from '../iam/iam-test-setup'

let t: IamTestContext
let server: Server
let baseUrl: string
let trust: TrustProxy = parseTrustProxy(undefined)

const OFFICE_ONLY = 'office'
const TLS_ONLY = 'tls'

beforeAll(async () => {
  t = await setUpIamTest()
  await createUser(t.root, { UserName: OFFICE_ONLY })
  // AWS's documented "deny access based on the source IP" example, over an allow.
  await putUserPolicy(t.root, { UserName: OFFICE_ONLY, PolicyName: 'OfficeNetworkOnly', PolicyDocument: doc(
    { Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' },
    { Effect: 'Deny', Action: '*', Resource: '*', Condition: { NotIpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } },
  ) })
  await createUser(t.root, { UserName: TLS_ONLY })
  await putUserPolicy(t.root, { UserName: TLS_ONLY, PolicyName: 'HttpsOnly', PolicyDocument: doc(
    { Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' },
    { Effect: 'Deny', Action: '*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
  ) })
  server = createServer((req, res) => {
    rewriteForwardedHeaders(req, trust)
    const meta = requestMetaFromHeaders((name) => req.headers[name] as string | undefined)
    const url = new URL(req.url ?? '/', 'http://x')
    const answer = url.pathname === '/signin'
      ? signInToConsole(t.db.prisma, { kind: 'iam-user', account: 'sandbox', userName: 'alice', password: 'wrong-password' }, meta).then(() => 'SignInFailed')
      : t.asUser(url.searchParams.get('as')!, { request: meta })
          .then((caller) => getUser(caller, { UserName: 'alice' }))
          .then(() => 'Allowed', (error: unknown) => iamErrorOf(Promise.reject(error)).then((e) => e.code))
    answer.then((body) => res.end(body), (error: unknown) => { res.statusCode = 500; res.end(String(error)) })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  await t.cleanup()
})

/** fetch() refuses to set some headers; a plain request sends exactly these. */
function send(path: string, headers: Record<string, string | string[]>): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${baseUrl}${path}`, { headers }, (res) => {
      let body = ''
      res.on('data', (chunk) => (body += chunk))
      res.on('end', () => resolve(body))
    })
    req.on('error', reject)
    req.end()
  })
}

const getUserAs = (user: string, headers: Record<string, string | string[]>) => send(`/get-user?as=${user}`, headers)

describe('without TRUST_PROXY, a client\'s forwarded headers change nothing', () => {
  beforeAll(() => { trust = parseTrustProxy(undefined) })

  const spoofs: { name: string; headers: Record<string, string | string[]> }[] = [
    { name: 'no header', headers: {} },
    { name: 'X-Forwarded-For inside the office network', headers: { 'X-Forwarded-For': '10.1.1.1' } },
    { name: 'a list of office addresses', headers: { 'X-Forwarded-For': '10.1.1.1, 10.2.2.2' } },
    { name: 'the header twice', headers: { 'X-Forwarded-For': ['10.1.1.1', '10.2.2.2'] } },
    { name: 'X-Real-IP', headers: { 'X-Real-IP': '10.1.1.1' } },
    { name: 'Forwarded (RFC 7239)', headers: { Forwarded: 'for=10.1.1.1;proto=https' } },
  ]
  for (const s of spoofs) {
    test(`the office-only policy still denies: ${s.name}`, async () => {
      expect(await getUserAs(OFFICE_ONLY, s.headers)).toBe('AccessDenied')
    })
  }

  test('X-Forwarded-Proto: https does not make the request secure transport', async () => {
    expect(await getUserAs(TLS_ONLY, { 'X-Forwarded-Proto': 'https' })).toBe('AccessDenied')
  })

  test('the sign-in throttle and the event history see 127.0.0.1, not the spoofed address', async () => {
    expect(await send('/signin', { 'X-Forwarded-For': '10.1.1.1' })).toBe('SignInFailed')
    const event = await t.db.prisma.auditEvent.findFirstOrThrow({ where: { eventName: 'ConsoleLogin' }, orderBy: { eventTime: 'desc' } })
    expect(event.sourceIPAddress).toBe('127.0.0.1')
    const throttled = await t.db.prisma.signInThrottle.findMany({ select: { key: true } })
    expect(throttled.map((row) => row.key).filter((key) => key.includes('10.1.1.1'))).toEqual([])
    expect(throttled.some((row) => row.key.includes('127.0.0.1'))).toBe(true)
  })

  test('the events of a denied call record 127.0.0.1', async () => {
    await getUserAs(OFFICE_ONLY, { 'X-Forwarded-For': '10.1.1.1' })
    const event = await t.db.prisma.auditEvent.findFirstOrThrow({ where: { eventName: 'GetUser', errorCode: 'AccessDenied' }, orderBy: { eventTime: 'desc' } })
    expect(event.sourceIPAddress).toBe('127.0.0.1')
  })
})

describe('with TRUST_PROXY naming the proxy, the right-most untrusted hop is the client', () => {
  const cases: { name: string; trust: string; headers: Record<string, string>; user: string; expected: string }[] = [
    { name: 'an office client behind the proxy is allowed', trust: '127.0.0.1', headers: { 'X-Forwarded-For': '10.1.1.1' }, user: OFFICE_ONLY, expected: 'Allowed' },
    {
      name: 'an outside client that forged an office hop on the left is denied',
      trust: '127.0.0.0/8', headers: { 'X-Forwarded-For': '10.1.1.1, 203.0.113.5' }, user: OFFICE_ONLY, expected: 'AccessDenied',
    },
    {
      name: 'an office client whose left-most hop is forged is allowed',
      trust: '127.0.0.1, ::1', headers: { 'X-Forwarded-For': '203.0.113.5, 10.1.1.1' }, user: OFFICE_ONLY, expected: 'Allowed',
    },
    { name: 'a hop count of one takes the right-most entry', trust: '1', headers: { 'X-Forwarded-For': '203.0.113.5, 10.1.1.1' }, user: OFFICE_ONLY, expected: 'Allowed' },
    { name: 'a hop count of two skips the inner proxy', trust: '2', headers: { 'X-Forwarded-For': '10.1.1.1, 203.0.113.5, 10.9.9.9' }, user: OFFICE_ONLY, expected: 'AccessDenied' },
    { name: 'a TLS-terminating proxy makes the request secure transport', trust: '127.0.0.1', headers: { 'X-Forwarded-Proto': 'https' }, user: TLS_ONLY, expected: 'Allowed' },
    {
      name: 'a client\'s https claim left of the proxy\'s http does not',
      trust: '127.0.0.1', headers: { 'X-Forwarded-For': '203.0.113.5', 'X-Forwarded-Proto': 'https, http' }, user: TLS_ONLY, expected: 'AccessDenied',
    },
    { name: 'a proxy at another address is not trusted', trust: '192.0.2.1', headers: { 'X-Forwarded-For': '10.1.1.1' }, user: OFFICE_ONLY, expected: 'AccessDenied' },
  ]
  for (const c of cases) {
    test(`${c.name} (TRUST_PROXY=${c.trust})`, async () => {
      trust = parseTrustProxy(c.trust)
      expect(await getUserAs(c.user, c.headers)).toBe(c.expected)
    })
  }

  test('the event records the client the proxy reported', async () => {
    trust = parseTrustProxy('127.0.0.1')
    await send('/signin', { 'X-Forwarded-For': '10.1.1.1, 198.51.100.23' })
    const event = await t.db.prisma.auditEvent.findFirstOrThrow({ where: { eventName: 'ConsoleLogin' }, orderBy: { eventTime: 'desc' } })
    expect(event.sourceIPAddress).toBe('198.51.100.23')
  })
})
