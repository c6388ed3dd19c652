import { describe, expect, it } from 'vitest'
import { CONDITION_OPERATOR_NAMES, conditionOperatorValueType, parseConditionOperator } from './index'

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
// ("You can add IfExists to the end of any condition operator name except the Null condition")
const cases = [
  { name: 'a plain operator', text: 'StringEquals', expected: { name: 'StringEquals', base: 'StringEquals', ifExists: false } },
  { name: 'IfExists', text: 'StringLikeIfExists', expected: { name: 'StringLikeIfExists', base: 'StringLike', ifExists: true } },
  { name: 'ForAnyValue', text: 'ForAnyValue:StringLike', expected: { name: 'ForAnyValue:StringLike', base: 'StringLike', ifExists: false, setOperator: 'ForAnyValue' } },
  { name: 'ForAllValues with IfExists', text: 'ForAllValues:ArnLikeIfExists', expected: { name: 'ForAllValues:ArnLikeIfExists', base: 'ArnLike', ifExists: true, setOperator: 'ForAllValues' } },
  { name: 'Null', text: 'Null', expected: { name: 'Null', base: 'Null', ifExists: false } },
  { name: 'Bool with IfExists', text: 'BoolIfExists', expected: { name: 'BoolIfExists', base: 'Bool', ifExists: true } },
  { name: 'NotIpAddress with IfExists', text: 'NotIpAddressIfExists', expected: { name: 'NotIpAddressIfExists', base: 'NotIpAddress', ifExists: true } },
  { name: 'NullIfExists is not an operator', text: 'NullIfExists', expected: undefined },
  { name: 'names are case sensitive', text: 'stringequals', expected: undefined },
  { name: 'set operators are case sensitive', text: 'forallvalues:StringEquals', expected: undefined },
  { name: 'an unknown set operator', text: 'ForSomeValues:StringEquals', expected: undefined },
  { name: 'an unknown operator', text: 'StringContains', expected: undefined },
  { name: 'IfExists alone', text: 'IfExists', expected: undefined },
  { name: 'IfExists twice', text: 'StringEqualsIfExistsIfExists', expected: undefined },
  { name: 'a set operator without a base', text: 'ForAnyValue:', expected: undefined },
  { name: 'two set operators', text: 'ForAnyValue:ForAllValues:StringEquals', expected: undefined },
  { name: 'the empty string', text: '', expected: undefined },
] as const

describe('parseConditionOperator', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(parseConditionOperator(c.text)).toEqual(c.expected)
  })
})

describe('conditionOperatorValueType', () => {
  it.each([
    ['StringNotLike', 'string'], ['NumericLessThan', 'numeric'], ['DateGreaterThanEquals', 'date'], ['Bool', 'boolean'],
    ['BinaryEquals', 'binary'], ['NotIpAddress', 'ip'], ['ArnNotEquals', 'arn'], ['Null', 'null'], ['StringContains', undefined],
  ] as const)('%s expects %s', (base, expected) => {
    expect(conditionOperatorValueType(base)).toBe(expected)
  })

  it('knows every one of the 27 base operators', () => {
    expect(CONDITION_OPERATOR_NAMES).toHaveLength(27)
    for (const name of CONDITION_OPERATOR_NAMES) expect(conditionOperatorValueType(name), name).toBeDefined()
  })
})
