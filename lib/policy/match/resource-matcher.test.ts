// The string-search matchers of resource-matcher.ts (prefix, pieces, literal lead before
// the glob matcher) against the rule written out as a plain recursion
// (wildcard-rules.reference.ts): in the first five ARN segments `*` and `?` stay inside
// their segment unless the `*` ends it, after that `*` is any run and `?` one character
// (reference_policies_elements_resource.html), and the request resource "*" is matched
// only by the pattern "*".
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compileResourcePattern } from './resource-matcher'
import { resourceByRule as byRule } from './wildcard-rules.reference'

const piece = fc.constantFrom('a', 'b', ':', '/', '-', 'ab', 'arn', 'aws', 's3', ':a:', '1')
const patternPiece = fc.oneof(piece, fc.constantFrom('*', '?'))
const pattern = fc.tuple(fc.boolean(), fc.array(patternPiece, { maxLength: 8 })).map(([arn, xs]) => (arn ? 'arn:' : '') + xs.join(''))
const resource = fc.tuple(fc.boolean(), fc.array(piece, { maxLength: 10 })).map(([arn, xs]) => (arn ? 'arn:' : '') + xs.join(''))

describe('compiled resource matchers agree with the segment rule', () => {
  it('on random patterns and resources', () => {
    fc.assert(fc.property(pattern, resource, (p, r) => compileResourcePattern(p)(r) === byRule(p, r)), { numRuns: 20_000 })
  })

  it('on resources made from the pattern itself (wildcards filled in or dropped)', () => {
    const filled = pattern.chain((p) => fc.array(fc.oneof(fc.constant(''), piece), { minLength: 8, maxLength: 8 }).map((fill) => {
      let k = 0
      return [p, p.replace(/[*?]/g, () => fill[k++ % fill.length])] as const
    }))
    fc.assert(fc.property(filled, ([p, r]) => compileResourcePattern(p)(r) === byRule(p, r)), { numRuns: 20_000 })
  })

  it.each([
    ['arn:aws:dynamodb:*:123456789012:table/identity-*', 'arn:aws:dynamodb:us-east-1:123456789012:table/identity-users', true],
    ['arn:aws:dynamodb:*:123456789012:table/identity-*', 'arn:aws:dynamodb:us-east-1:123456789012:table/payments', false],
    ['arn:aws:dynamodb:*:123456789012:table/identity-*/index/*', 'arn:aws:dynamodb:eu-west-1:123456789012:table/identity-x/index/by-user', true],
    ['arn:aws:s3:::acme-mobile-*-dev', 'arn:aws:s3:::acme-mobile-photos-dev', true],
    ['arn:aws:s3:::acme-mobile-*-dev', 'arn:aws:s3:::acme-mobile-dev', false],
    ['arn:aws:iam::123456789012:role/*', '*', false],
  ])('%s on %s: %s', (p, r, want) => {
    expect(compileResourcePattern(p)(r)).toBe(want)
    expect(byRule(p, r)).toBe(want)
  })
})
