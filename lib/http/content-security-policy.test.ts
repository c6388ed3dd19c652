import { describe, expect, test } from 'vitest'
import { contentSecurityPolicy } from './content-security-policy'

const directivesOf = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1).join(' ')]))

describe('contentSecurityPolicy', () => {
  const production = directivesOf(contentSecurityPolicy('abc', { development: false, secure: false }))
  const cases: { directive: string; value: string | undefined; why: string }[] = [
    { directive: 'script-src', value: "'self' 'nonce-abc' 'strict-dynamic'", why: 'scripts only from this origin with the nonce, and what they load' },
    { directive: 'script-src-attr', value: "'none'", why: 'no inline event handlers' },
    { directive: 'style-src', value: "'self' 'nonce-abc'", why: 'no inline style attributes' },
    { directive: 'img-src', value: "'self' data: blob:", why: 'the MFA QR code is a data: URL' },
    { directive: 'object-src', value: "'none'", why: 'no plugins' },
    { directive: 'base-uri', value: "'self'", why: 'no <base> pointing elsewhere' },
    { directive: 'frame-ancestors', value: "'none'", why: 'no other site frames the console' },
    { directive: 'form-action', value: "'self'", why: 'forms post only here' },
    { directive: 'default-src', value: "'self'", why: 'everything else from this origin' },
    { directive: 'upgrade-insecure-requests', value: undefined, why: 'only over HTTPS' },
  ]
  for (const c of cases) {
    test(`${c.directive}: ${c.why}`, () => {
      expect(production.get(c.directive)).toBe(c.value)
    })
  }

  test("next dev may eval (React's overlay); a build may not", () => {
    expect(directivesOf(contentSecurityPolicy('abc', { development: true, secure: false })).get('script-src')).toContain("'unsafe-eval'")
    expect(production.get('script-src')).not.toContain('unsafe-eval')
  })

  test('over HTTPS: upgrade-insecure-requests', () => {
    expect(directivesOf(contentSecurityPolicy('abc', { development: false, secure: true })).has('upgrade-insecure-requests')).toBe(true)
  })
})
