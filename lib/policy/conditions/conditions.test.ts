// The cross table: every operator × every request shape × IfExists × set operator, with the
// expected result derived from AWS's rules written out below (not from the implementation), plus
// the worked examples from AWS's pages. The cell count is asserted so the table cannot shrink
// to nothing unnoticed.
import { describe, expect, it } from 'vitest'
import type { ContextKeyType } from '../types'
import { CONDITION_OPERATOR_NAMES, compileConditionTest, conditionOperatorValueType, parseConditionOperator } from './index'
import { MULTI_VALUE_DOC, OPERATORS_DOC, SET_OPERATORS_DOC, runConditionCases } from './condition-cases'

/** Per operator: policy values, a request value that satisfies it, and one that does not. */
const SAMPLES: Record<string, { policy: string[]; satisfies: string; fails: string }> = {
  StringEquals: { policy: ['a'], satisfies: 'a', fails: 'b' },
  StringNotEquals: { policy: ['a'], satisfies: 'b', fails: 'a' },
  StringEqualsIgnoreCase: { policy: ['a'], satisfies: 'A', fails: 'b' },
  StringNotEqualsIgnoreCase: { policy: ['a'], satisfies: 'b', fails: 'A' },
  StringLike: { policy: ['a*'], satisfies: 'abc', fails: 'bc' },
  StringNotLike: { policy: ['a*'], satisfies: 'bc', fails: 'abc' },
  NumericEquals: { policy: ['5'], satisfies: '5.0', fails: '6' },
  NumericNotEquals: { policy: ['5'], satisfies: '6', fails: '5' },
  NumericLessThan: { policy: ['5'], satisfies: '4', fails: '5' },
  NumericLessThanEquals: { policy: ['5'], satisfies: '5', fails: '6' },
  NumericGreaterThan: { policy: ['5'], satisfies: '6', fails: '5' },
  NumericGreaterThanEquals: { policy: ['5'], satisfies: '5', fails: '4' },
  DateEquals: { policy: ['2026-01-01T00:00:00Z'], satisfies: '1767225600', fails: '2026-01-02T00:00:00Z' },
  DateNotEquals: { policy: ['2026-01-01T00:00:00Z'], satisfies: '2026-01-02T00:00:00Z', fails: '1767225600' },
  DateLessThan: { policy: ['2026-01-01T00:00:00Z'], satisfies: '2025-12-31T00:00:00Z', fails: '2026-01-01T00:00:00Z' },
  DateLessThanEquals: { policy: ['2026-01-01T00:00:00Z'], satisfies: '2026-01-01T00:00:00Z', fails: '2026-01-02T00:00:00Z' },
  DateGreaterThan: { policy: ['2026-01-01T00:00:00Z'], satisfies: '2026-01-02T00:00:00Z', fails: '2026-01-01T00:00:00Z' },
  DateGreaterThanEquals: { policy: ['2026-01-01T00:00:00Z'], satisfies: '2026-01-01T00:00:00Z', fails: '2025-12-31T00:00:00Z' },
  Bool: { policy: ['true'], satisfies: 'true', fails: 'false' },
  BinaryEquals: { policy: ['YQ=='], satisfies: 'YQ==', fails: 'Yg==' },
  IpAddress: { policy: ['10.0.0.0/8'], satisfies: '10.1.2.3', fails: '11.0.0.1' },
  NotIpAddress: { policy: ['10.0.0.0/8'], satisfies: '11.0.0.1', fails: '10.1.2.3' },
  ArnEquals: { policy: ['arn:aws:s3:::a'], satisfies: 'arn:aws:s3:::a', fails: 'arn:aws:s3:::b' },
  ArnLike: { policy: ['arn:aws:s3:::a*'], satisfies: 'arn:aws:s3:::abc', fails: 'arn:aws:s3:::b' },
  ArnNotEquals: { policy: ['arn:aws:s3:::a'], satisfies: 'arn:aws:s3:::b', fails: 'arn:aws:s3:::a' },
  ArnNotLike: { policy: ['arn:aws:s3:::a*'], satisfies: 'arn:aws:s3:::b', fails: 'arn:aws:s3:::abc' },
}

const NEGATED = new Set(['StringNotEquals', 'StringNotEqualsIgnoreCase', 'StringNotLike', 'NumericNotEquals', 'DateNotEquals', 'NotIpAddress', 'ArnNotEquals', 'ArnNotLike'])

const LIST_TYPE: Record<string, ContextKeyType> = {
  string: 'stringList', arn: 'stringList', numeric: 'numericList', date: 'dateList',
  boolean: 'booleanList', binary: 'binaryList', ip: 'ipList',
}

type Shape = 'one satisfying value' | 'one failing value' | 'key missing' | 'empty list' | 'list, all satisfy' | 'list, one fails' | 'list, none satisfies' | 'list of one satisfying value'
type SetOp = 'none' | 'ForAllValues' | 'ForAnyValue'

function request(shape: Shape, s: { satisfies: string; fails: string }, listType: ContextKeyType): [string[] | undefined, ContextKeyType | undefined] {
  switch (shape) {
    case 'one satisfying value': return [[s.satisfies], undefined]
    case 'one failing value': return [[s.fails], undefined]
    case 'key missing': return [undefined, undefined]
    case 'empty list': return [[], listType]
    case 'list, all satisfy': return [[s.satisfies, s.satisfies], listType]
    case 'list, one fails': return [[s.satisfies, s.fails], listType]
    case 'list, none satisfies': return [[s.fails, s.fails], listType]
    case 'list of one satisfying value': return [[s.satisfies], listType]
  }
}

/**
 * AWS's rules, as a spec independent of the code:
 * - no set operator: compares a single-valued key; a missing key is false, true for a negated
 *   operator or IfExists (OPERATORS_DOC); a multivalued key needs a set operator, so any list is
 *   false (SET_OPERATORS_DOC).
 * - ForAllValues: every request value must satisfy; vacuously true when missing or empty.
 * - ForAnyValue: some request value must satisfy; false when missing or empty, IfExists or not.
 */
function expected(setOp: SetOp, ifExists: boolean, negated: boolean, shape: Shape): boolean {
  const satisfiesAll = ['one satisfying value', 'list, all satisfy', 'list of one satisfying value', 'key missing', 'empty list'].includes(shape)
  const satisfiesSome = ['one satisfying value', 'list, all satisfy', 'list, one fails', 'list of one satisfying value'].includes(shape)
  if (setOp === 'ForAllValues') return satisfiesAll
  if (setOp === 'ForAnyValue') return satisfiesSome
  if (shape === 'key missing') return ifExists || negated
  return shape === 'one satisfying value'
}

const SHAPES: Shape[] = ['one satisfying value', 'one failing value', 'key missing', 'empty list', 'list, all satisfy', 'list, one fails', 'list, none satisfies', 'list of one satisfying value']
const SET_OPS: SetOp[] = ['none', 'ForAllValues', 'ForAnyValue']

const cells: { name: string; operator: string; policy: string[]; values: string[] | undefined; type: ContextKeyType | undefined; expected: boolean }[] = []
for (const base of Object.keys(SAMPLES)) {
  const sample = SAMPLES[base]
  const listType = LIST_TYPE[conditionOperatorValueType(base)!]
  for (const setOp of SET_OPS) {
    for (const ifExists of [false, true]) {
      const operator = `${setOp === 'none' ? '' : `${setOp}:`}${base}${ifExists ? 'IfExists' : ''}`
      for (const shape of SHAPES) {
        const [values, type] = request(shape, sample, listType)
        cells.push({ name: `${operator} with ${shape}`, operator, policy: sample.policy, values, type, expected: expected(setOp, ifExists, NEGATED.has(base), shape) })
      }
    }
  }
}

describe('every operator × request shape × IfExists × set operator', () => {
  it('covers all 26 value operators, 8 shapes, 2 IfExists forms and 3 set forms', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(CONDITION_OPERATOR_NAMES.filter((n) => n !== 'Null').slice().sort())
    expect(cells).toHaveLength(26 * 8 * 2 * 3)
    expect(new Set(cells.map((c) => c.name)).size).toBe(cells.length)
  })
  it.each(cells.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const test = compileConditionTest(parseConditionOperator(c.operator)!, c.policy)
    expect(test(c.values, c.type)).toBe(c.expected)
  })
})

// Null ignores set operators and reads presence only.
runConditionCases('Null across shapes', [
  { name: 'Null true with a multivalued key is false', operator: 'Null', policy: ['true'], request: ['a', 'b'], type: 'stringList', expected: false },
  { name: 'ForAnyValue:Null reads presence like Null', operator: 'ForAnyValue:Null', policy: ['false'], request: ['a'], type: 'stringList', expected: true },
  { name: 'ForAllValues:Null true on a missing key', operator: 'ForAllValues:Null', policy: ['true'], request: null, expected: true },
])

// Worked examples from AWS's pages, row by row.
runConditionCases('AWS worked examples', [
  // Deny with ForAllValues:StringNotLike aws:TagKeys "key1*" (multi-valued context key examples).
  { name: 'ForAllValues:StringNotLike key1* with key1:legal does not match', operator: 'ForAllValues:StringNotLike', policy: ['key1*'], request: ['key1:legal'], type: 'stringList', expected: false, doc: SET_OPERATORS_DOC },
  { name: 'ForAllValues:StringNotLike key1* with key1:hr, key1:personnel does not match', operator: 'ForAllValues:StringNotLike', policy: ['key1*'], request: ['key1:hr', 'key1:personnel'], type: 'stringList', expected: false, doc: SET_OPERATORS_DOC },
  { name: 'ForAllValues:StringNotLike key1* with key2:audit matches', operator: 'ForAllValues:StringNotLike', policy: ['key1*'], request: ['key2:audit'], type: 'stringList', expected: true, doc: SET_OPERATORS_DOC },
  { name: 'ForAllValues:StringNotLike key1* with no aws:TagKeys matches', operator: 'ForAllValues:StringNotLike', policy: ['key1*'], request: null, expected: true, doc: SET_OPERATORS_DOC },
  { name: 'ForAllValues:StringNotLike [key1*, key2*] with key1:a and key3:b does not match', operator: 'ForAllValues:StringNotLike', policy: ['key1*', 'key2*'], request: ['key1:a', 'key3:b'], type: 'stringList', expected: false, doc: SET_OPERATORS_DOC },
  { name: 'ForAllValues:StringNotLike [key1*, key2*] with key3:b only matches', operator: 'ForAllValues:StringNotLike', policy: ['key1*', 'key2*'], request: ['key3:b'], type: 'stringList', expected: true, doc: SET_OPERATORS_DOC },
  // ForAllValues:StringEquals as an allow-list of tag keys.
  { name: 'ForAllValues:StringEquals allows a subset of the listed tag keys', operator: 'ForAllValues:StringEquals', policy: ['team', 'env', 'project'], request: ['env', 'team'], type: 'stringList', expected: true, doc: SET_OPERATORS_DOC },
  { name: 'ForAllValues:StringEquals rejects a tag key outside the list', operator: 'ForAllValues:StringEquals', policy: ['team', 'env', 'project'], request: ['env', 'owner'], type: 'stringList', expected: false, doc: SET_OPERATORS_DOC },
  { name: 'ForAllValues:StringEquals is true for a request with no tags (the documented caution)', operator: 'ForAllValues:StringEquals', policy: ['team'], request: null, expected: true, doc: SET_OPERATORS_DOC },
  // ForAnyValue:StringEquals aws:TagKeys [DataClass, Owner].
  { name: 'ForAnyValue:StringEquals is false with no aws:TagKeys', operator: 'ForAnyValue:StringEquals', policy: ['DataClass', 'Owner'], request: null, expected: false, doc: SET_OPERATORS_DOC },
  { name: 'ForAnyValue:StringEquals is false when no key is listed', operator: 'ForAnyValue:StringEquals', policy: ['DataClass', 'Owner'], request: ['Dept', 'SIC'], type: 'stringList', expected: false, doc: SET_OPERATORS_DOC },
  { name: 'ForAnyValue:StringEquals is true when one key is listed', operator: 'ForAnyValue:StringEquals', policy: ['DataClass', 'Owner'], request: ['DataClass', 'Dept'], type: 'stringList', expected: true, doc: SET_OPERATORS_DOC },
  { name: 'ForAnyValue:StringNotEquals is true when one key is unlisted', operator: 'ForAnyValue:StringNotEquals', policy: ['DataClass', 'Owner'], request: ['Dept', 'DataClass'], type: 'stringList', expected: true, doc: SET_OPERATORS_DOC },
  { name: 'ForAnyValue:StringNotEquals is false when every key is listed', operator: 'ForAnyValue:StringNotEquals', policy: ['DataClass', 'Owner'], request: ['DataClass', 'Owner'], type: 'stringList', expected: false, doc: SET_OPERATORS_DOC },
  // ForAnyValue:StringEqualsIfExists on a request without aws:TagKeys (sqs:ListQueues): AWS denies.
  { name: 'ForAnyValue:StringEqualsIfExists is false when the key is missing (observed on AWS)', operator: 'ForAnyValue:StringEqualsIfExists', policy: ['team'], request: null, expected: false, doc: 'https://repost.aws/questions/QU9HFmDzP0QGuU-fd7rS6B7w' },
  // StringNotEquals with several values: "evaluated using a logical NOR".
  { name: 'StringNotEquals [audit, security] with audit is false (NOR)', operator: 'StringNotEquals', policy: ['audit', 'security'], request: 'audit', expected: false, doc: MULTI_VALUE_DOC },
  { name: 'StringNotEquals [audit, security] with dev is true (NOR)', operator: 'StringNotEquals', policy: ['audit', 'security'], request: 'dev', expected: true, doc: MULTI_VALUE_DOC },
  // Missing keys: "If the key ... is not present in the request context, the values do not match".
  { name: 'StringLike on a missing key is false', operator: 'StringLike', policy: ['*'], request: null, expected: false, doc: OPERATORS_DOC },
  { name: 'ArnNotLike on a missing key is true', operator: 'ArnNotLike', policy: ['arn:aws:iam::*:role/x'], request: null, expected: true, doc: OPERATORS_DOC },
  // A single-valued operator on a multivalued key, without a set operator: no match.
  { name: 'StringEquals on aws:TagKeys with two values is false', operator: 'StringEquals', policy: ['team'], request: ['team', 'env'], type: 'stringList', expected: false, doc: SET_OPERATORS_DOC },
  { name: 'StringNotEquals on a multivalued key is false too', operator: 'StringNotEquals', policy: ['team'], request: ['x', 'y'], type: 'stringList', expected: false, doc: SET_OPERATORS_DOC },
  { name: 'two values without a declared type count as multivalued', operator: 'StringLike', policy: ['*'], request: ['a', 'b'], expected: false, doc: SET_OPERATORS_DOC },
])

describe('compiled tests never throw', () => {
  const garbage = ['', '\u0000', '*', '::', '1e309', '9'.repeat(400), 'arn:', '%%%', '\n', '🙂', '10.0.0.0/999', '${aws:username}']
  const operators = CONDITION_OPERATOR_NAMES.flatMap((b) => (b === 'Null' ? [b, `ForAnyValue:${b}`] : [b, `${b}IfExists`, `ForAllValues:${b}`, `ForAnyValue:${b}IfExists`]))
  it.each(operators)('%s with garbage policy and request values', (name) => {
    const test = compileConditionTest(parseConditionOperator(name)!, garbage)
    for (const value of garbage) {
      expect(typeof test([value])).toBe('boolean')
      expect(typeof test([value, value], 'stringList')).toBe('boolean')
    }
    expect(typeof test(undefined)).toBe('boolean')
  })
})
