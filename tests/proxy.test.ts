// proxy.ts on its own: the Content-Security-Policy on every answer it gives, with a new
// nonce each time handed to Next through the request, and the one session cookie name
// that lets a page load through without a redirect to /signin.
import { afterEach, describe, expect, test, vi } from 'vitest'
import { NextRequest } from 'next/server'
import { PLAIN_SESSION_COOKIE, SECURE_SESSION_COOKIE } from '@/lib/auth/session-cookie'
import { proxy } from '@/proxy'

afterEach(() => vi.unstubAllEnvs())

function request(path: string, options: { cookie?: string; method?: string; proto?: string } = {}) {
  const headers = new Headers({ 'x-forwarded-proto': options.proto ?? 'http' })
  if (options.cookie) headers.set('cookie', `${options.cookie}=opaque`)
  return new NextRequest(`http://localhost:3000${path}`, { method: options.method ?? 'GET', headers })
}

const isRedirectToSignIn = (response: Response) => response.status === 307 && new URL(response.headers.get('location')!).pathname === '/signin'

describe('one session cookie name per scheme', () => {
  const cases: { name: string; consoleUrl: string; cookie?: string; signInRequired: boolean }[] = [
    { name: 'over HTTPS the __Secure- cookie', consoleUrl: 'https://iam.example.edu', cookie: SECURE_SESSION_COOKIE, signInRequired: false },
    { name: 'over HTTPS the plain cookie is no session', consoleUrl: 'https://iam.example.edu', cookie: PLAIN_SESSION_COOKIE, signInRequired: true },
    { name: 'over HTTP the plain cookie', consoleUrl: 'http://localhost:3000', cookie: PLAIN_SESSION_COOKIE, signInRequired: false },
    { name: 'over HTTP the __Secure- cookie is no session', consoleUrl: 'http://localhost:3000', cookie: SECURE_SESSION_COOKIE, signInRequired: true },
    { name: 'no cookie', consoleUrl: 'http://localhost:3000', signInRequired: true },
  ]
  for (const c of cases) {
    test(`${c.name}: ${c.signInRequired ? 'sent to /signin' : 'let through'}`, () => {
      vi.stubEnv('NEXTAUTH_URL', c.consoleUrl)
      expect(isRedirectToSignIn(proxy(request('/users', { cookie: c.cookie })))).toBe(c.signInRequired)
    })
  }

  test.each(['/signin', '/api/auth/csrf', '/api/health'])('%s is reachable signed out', (path) => {
    expect(isRedirectToSignIn(proxy(request(path)))).toBe(false)
  })
  test('a server action without a cookie gets its answer from the server-side check', () => {
    expect(isRedirectToSignIn(proxy(request('/users', { method: 'POST' })))).toBe(false)
  })
  test('a path that only starts like a public one is not public', () => {
    expect(isRedirectToSignIn(proxy(request('/signin-elsewhere')))).toBe(true)
  })
})

describe('the Content-Security-Policy', () => {
  const nonceOf = (policy: string | null) => policy?.match(/'nonce-([^']+)'/)?.[1]

  test('on pages let through and on redirects, with a new nonce each time', () => {
    const answers = [proxy(request('/signin')), proxy(request('/users')), proxy(request('/signin'))]
    const nonces = answers.map((r) => nonceOf(r.headers.get('content-security-policy')))
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/)
    expect(new Set(nonces).size).toBe(3)
  })

  test('Next receives the same policy and nonce with the request, to put the nonce on its scripts', () => {
    const response = proxy(request('/signin'))
    const policy = response.headers.get('content-security-policy')
    expect(response.headers.get('x-middleware-request-content-security-policy')).toBe(policy)
    expect(response.headers.get('x-middleware-request-x-nonce')).toBe(nonceOf(policy))
  })

  test('upgrade-insecure-requests only over HTTPS', () => {
    expect(proxy(request('/signin', { proto: 'https' })).headers.get('content-security-policy')).toContain('upgrade-insecure-requests')
    expect(proxy(request('/signin', { proto: 'http' })).headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests')
  })
})
