// The one loader for the condition operators' case tables (imported by *.test.ts only).
// Every case runs through the public API (parseConditionOperator + compileConditionTest), so an
// operator's table also checks how the operator is named and how missing keys reach it.
import { describe, expect, it } from 'vitest'
import type { ContextKeyType } from '../types'
import { compileConditionTest, parseConditionOperator, type CompileConditionOptions } from './index'

export const OPERATORS_DOC = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html'
export const MULTI_VALUE_DOC = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_multi-value-conditions.html'
export const SET_OPERATORS_DOC = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html'

export interface ConditionCase {
  /** Says the behaviour checked. */
  name: string
  /** As written in a policy, e.g. 'ForAnyValue:StringLikeIfExists'. */
  operator: string
  policy: string[]
  /** The request's value(s): a string is a single-valued key, null a key absent from the context. */
  request: string | string[] | null
  type?: ContextKeyType
  expected: boolean
  options?: CompileConditionOptions
  /** The AWS documentation rule the case checks, for the subtle ones. */
  doc?: string
}

export function runConditionCases(title: string, cases: readonly ConditionCase[]): void {
  describe(title, () => {
    it('names every case once', () => {
      expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length)
    })
    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const operator = parseConditionOperator(c.operator)
      expect(operator, `${c.operator} parses`).toBeDefined()
      const request = c.request === null ? undefined : typeof c.request === 'string' ? [c.request] : c.request
      const test = compileConditionTest(operator!, c.policy, c.options)
      expect(test(request, c.type)).toBe(c.expected)
    })
  })
}
