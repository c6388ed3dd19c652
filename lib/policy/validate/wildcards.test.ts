import { describe, expect, it } from 'vitest'
import { patternsOverlap, wildcardRegExp } from './wildcards'

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

describe('wildcardRegExp', () => {
  it('matches actions case-insensitively and resources case-sensitively', () => {
    expect(wildcardRegExp('Get*', true).test('getobject')).toBe(true)
    expect(wildcardRegExp('Get*', false).test('getobject')).toBe(false)
    expect(wildcardRegExp('a.b', false).test('axb')).toBe(false)
  })
})
