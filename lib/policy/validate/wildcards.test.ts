import { describe, expect, it } from 'vitest'
import { patternsOverlap, wildcardMatcher } from './wildcards'

describe('patternsOverlap', () => {
  it.each([
    ['examplebucket/*', '?*/?*', true],
    ['examplebucket', '?*/?*', false],
    ['user/alice', 'user/?*', true],
    ['person/alice', 'user/?*', false],
    ['*', 'user/?*', true],
    ['role/jane*', 'role/*admin', true],
    ['a?c', 'abc', true],
    ['a?c', 'abd', false],
    ['', '*', true],
    ['', '?*', false],
    ['table/*/stream/*', 'table/?*', true],
  ])('%s and %s overlap: %s', (a, b, expected) => {
    expect(patternsOverlap(a, b)).toBe(expected)
    expect(patternsOverlap(b, a)).toBe(expected)
  })

  it('handles long patterns without recursion', () => {
    expect(patternsOverlap('a'.repeat(20000) + '*', 'a*b')).toBe(true)
  })
})

describe('wildcardMatcher', () => {
  it.each([
    ['an action pattern in another case', 'Get*', true, 'getobject', true],
    ['a resource pattern in another case', 'Get*', false, 'getobject', false],
    ['a dot is literal', 'a.b', false, 'axb', false],
    ['? is one character, in any case', 'iam:?ETUSER', true, 'iam:GetUser', true],
    ['ten stars and a dash: actions ending in "-" (none does)', 'iam:**********-', true, 'iam:GetUser', false],
    ['ten stars and a dash, on a value ending in "-"', 'iam:**********-', true, 'iam:Get-', true],
  ])('%s: %s (ignoreCase %s) on %s is %s', (_name, pattern, ignoreCase, value, expected) => {
    expect(wildcardMatcher(pattern, ignoreCase)(value)).toBe(expected)
  })
})
