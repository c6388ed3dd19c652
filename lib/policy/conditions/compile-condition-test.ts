import type { ContextKeyType } from '../types'
import type { CompileConditionOptions, ConditionOperatorDefinition } from './condition-operator'
import type { ParsedConditionOperator } from './parse-condition-operator'
import { compileNullTest } from './null/null-condition'
import { replaceSpecialCharacterVariables } from './string/compile-wildcard-patterns'

export type ConditionTest = (requestValues: string[] | undefined, requestType?: ContextKeyType) => boolean

const never: ConditionTest = () => false

function isListType(type: ContextKeyType | undefined): boolean {
  return type !== undefined && type.endsWith('List')
}

/**
 * Build the test for one key of one operator. The policy's values are compiled here, once; the
 * returned closure only looks at the request's values. It never throws.
 *
 * AWS's rules, by case:
 * - No set operator, key missing: a positive operator is false, a negated one true, IfExists true.
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 *   ("If the key that you specify in a policy condition is not present in the request context,
 *   the values do not match and the condition is false. If the policy condition requires that the
 *   key is not matched, such as StringNotLike or ArnNotLike, and the right key is not present, the
 *   condition is true.")
 * - No set operator, key multivalued (a *List type, or more or fewer than one value): false, for
 *   negated operators too. "Multivalued context keys require a condition set operator":
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
 *   (@cloud-copilot/iam-simulate, our reference engine, does the same and reports AWS confirmed it.)
 * - ForAllValues: true when every request value matches; true when the key is missing or empty.
 * - ForAnyValue: true when at least one request value matches; false when the key is missing or
 *   empty ("if there is no matching context key or the dataset is null, the condition returns
 *   false"), IfExists included: IfExists applies to each value inside the set loop, so it cannot
 *   rescue a missing key. Observed on AWS with ForAnyValue:StringEqualsIfExists on aws:TagKeys for
 *   sqs:ListQueues (implicit deny): https://repost.aws/questions/QU9HFmDzP0QGuU-fd7rS6B7w
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
 * - With a set operator the inner operator is applied per request value, negation included:
 *   ForAllValues:StringNotLike is true when no request value matches any pattern.
 */
export function compileConditionTestWith(
  operator: ParsedConditionOperator,
  definition: ConditionOperatorDefinition | undefined,
  policyValues: readonly string[],
  options: CompileConditionOptions = {},
): ConditionTest {
  // String and ARN operators read the special-character variables themselves (a literal `*` must
  // not become a wildcard); for every other type they are plain characters.
  const values = options.specialCharacterVariables && definition !== undefined && definition.valueType !== 'string' && definition.valueType !== 'arn'
    ? policyValues.map(replaceSpecialCharacterVariables)
    : policyValues
  if (operator.base === 'Null') return compileNullTest(options.specialCharacterVariables ? policyValues.map(replaceSpecialCharacterVariables) : policyValues)
  if (definition === undefined) return never

  if (operator.setOperator === 'ForAllValues') {
    const matches = definition.compile(values, options)
    return (requestValues, requestType) => {
      if (requestValues === undefined) return true
      for (let i = 0; i < requestValues.length; i++) {
        if (!matches(requestValues[i], requestType)) return false
      }
      return true
    }
  }

  if (operator.setOperator === 'ForAnyValue') {
    const matches = definition.compile(values, options)
    return (requestValues, requestType) => {
      if (requestValues === undefined) return false
      for (let i = 0; i < requestValues.length; i++) {
        if (matches(requestValues[i], requestType)) return true
      }
      return false
    }
  }

  const whenMissing = operator.ifExists || definition.negated
  return singleValueTest(definition, values, options, whenMissing)
}

/**
 * Without a set operator: missing key -> `whenMissing`; more or fewer than one value, or a
 * list type -> false; else the operator on the one value. The operator's comparison is
 * folded in (definition.compile would wrap it in one more closure): conditions are evaluated
 * on every request, and each closure is one more object and context to fetch from memory.
 */
function singleValueTest(
  definition: ConditionOperatorDefinition,
  values: readonly string[],
  options: CompileConditionOptions,
  whenMissing: boolean,
): ConditionTest {
  const { compare, only, hasInvalidPolicyValue } = definition.compileComparison(values, options)
  if (definition.negated) {
    // A policy value that does not parse: a negated operator never holds (see negatedOperator).
    if (hasInvalidPolicyValue) return (requestValues) => (requestValues === undefined ? whenMissing : false)
    if (only !== undefined) {
      return (requestValues, requestType) =>
        requestValues === undefined ? whenMissing : requestValues.length === 1 && !isListType(requestType) && requestValues[0] !== only
    }
    return (requestValues, requestType) =>
      requestValues === undefined ? whenMissing : requestValues.length === 1 && !isListType(requestType) && compare(requestValues[0], requestType) === false
  }
  if (only !== undefined) {
    return (requestValues, requestType) =>
      requestValues === undefined ? whenMissing : requestValues.length === 1 && !isListType(requestType) && requestValues[0] === only
  }
  return (requestValues, requestType) =>
    requestValues === undefined ? whenMissing : requestValues.length === 1 && !isListType(requestType) && compare(requestValues[0], requestType) === true
}
