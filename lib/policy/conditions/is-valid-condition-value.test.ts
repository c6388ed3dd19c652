import { describe, expect, it } from 'vitest'
import type { ConditionValueType } from './condition-operator'
import { isValidConditionValue } from './is-valid-condition-value'

const cases: { name: string; type: ConditionValueType; value: string; expected: boolean }[] = [
  { name: 'any string is a string', type: 'string', value: '', expected: true },
  { name: 'a decimal is numeric', type: 'numeric', value: '-1.25', expected: true },
  { name: 'a word is not numeric', type: 'numeric', value: 'ten', expected: false },
  { name: 'an ISO date is a date', type: 'date', value: '2026-01-01T00:00:00Z', expected: true },
  { name: 'epoch seconds are a date', type: 'date', value: '1767225600', expected: true },
  { name: 'a US-style date is not', type: 'date', value: '01/01/2026', expected: false },
  { name: 'True is a boolean', type: 'boolean', value: 'True', expected: true },
  { name: 'yes is not a boolean', type: 'boolean', value: 'yes', expected: false },
  { name: 'false is a Null value', type: 'null', value: 'false', expected: true },
  { name: 'absent is not a Null value', type: 'null', value: 'absent', expected: false },
  { name: 'base64 is binary', type: 'binary', value: 'YWI=', expected: true },
  { name: 'text with blanks is not binary', type: 'binary', value: 'a b', expected: false },
  { name: 'an IPv6 CIDR is an ip', type: 'ip', value: '2001:db8::/32', expected: true },
  { name: 'a host name is not an ip', type: 'ip', value: 'corp.example.com', expected: false },
  { name: 'an ARN pattern is an arn', type: 'arn', value: 'arn:aws:iam::*:role/*', expected: true },
  { name: 'a lone * is not an arn', type: 'arn', value: '*', expected: false },
]

describe('isValidConditionValue', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(isValidConditionValue(c.type, c.value)).toBe(c.expected)
  })
})
