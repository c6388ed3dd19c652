// The condition operators' public face: the evaluator (lib/policy/evaluate) compiles each
// condition once with compileConditionTest, the validator asks parseConditionOperator and
// conditionOperatorValueType. Operator semantics live one per file beside their tests.
import type { ContextKeyType } from '../types'
import type { CompileConditionOptions, ConditionOperatorDefinition, ConditionValueType } from './condition-operator'
import { compileConditionTestWith } from './compile-condition-test'
import { parseConditionOperator as parseWith, type ParsedConditionOperator } from './parse-condition-operator'
import { arnEquals } from './arn/arn-equals'
import { arnLike } from './arn/arn-like'
import { arnNotEquals } from './arn/arn-not-equals'
import { arnNotLike } from './arn/arn-not-like'
import { binaryEquals } from './binary/binary-equals'
import { bool } from './boolean/bool'
import { dateEquals } from './date/date-equals'
import { dateGreaterThan } from './date/date-greater-than'
import { dateGreaterThanEquals } from './date/date-greater-than-equals'
import { dateLessThan } from './date/date-less-than'
import { dateLessThanEquals } from './date/date-less-than-equals'
import { dateNotEquals } from './date/date-not-equals'
import { ipAddress } from './ip/ip-address'
import { notIpAddress } from './ip/not-ip-address'
import { numericEquals } from './numeric/numeric-equals'
import { numericGreaterThan } from './numeric/numeric-greater-than'
import { numericGreaterThanEquals } from './numeric/numeric-greater-than-equals'
import { numericLessThan } from './numeric/numeric-less-than'
import { numericLessThanEquals } from './numeric/numeric-less-than-equals'
import { numericNotEquals } from './numeric/numeric-not-equals'
import { stringEquals } from './string/string-equals'
import { stringEqualsIgnoreCase } from './string/string-equals-ignore-case'
import { stringLike } from './string/string-like'
import { stringNotEquals } from './string/string-not-equals'
import { stringNotEqualsIgnoreCase } from './string/string-not-equals-ignore-case'
import { stringNotLike } from './string/string-not-like'

export type { ParsedConditionOperator, SetOperator } from './parse-condition-operator'
export { isValidConditionValue } from './is-valid-condition-value'
export type { CompileConditionOptions, ConditionValueType } from './condition-operator'
export type { ConditionTest } from './compile-condition-test'

const DEFINITIONS: readonly ConditionOperatorDefinition[] = [
  stringEquals, stringNotEquals, stringEqualsIgnoreCase, stringNotEqualsIgnoreCase, stringLike, stringNotLike,
  numericEquals, numericNotEquals, numericLessThan, numericLessThanEquals, numericGreaterThan, numericGreaterThanEquals,
  dateEquals, dateNotEquals, dateLessThan, dateLessThanEquals, dateGreaterThan, dateGreaterThanEquals,
  bool, binaryEquals, ipAddress, notIpAddress, arnEquals, arnLike, arnNotEquals, arnNotLike,
]

const BY_NAME = new Map<string, ConditionOperatorDefinition>(DEFINITIONS.map((d) => [d.name, d]))

/** Every base operator name, as AWS spells it (Null included). */
export const CONDITION_OPERATOR_NAMES: readonly string[] = Object.freeze([...DEFINITIONS.map((d) => d.name), 'Null'])

const BASE_NAMES = new Set(CONDITION_OPERATOR_NAMES)
const isBaseOperator = (base: string) => BASE_NAMES.has(base)

/**
 * Split an operator as written ("ForAnyValue:StringLikeIfExists") into its parts, or undefined
 * when it is not an IAM condition operator (names are case-sensitive; NullIfExists does not exist).
 */
export function parseConditionOperator(name: string): ParsedConditionOperator | undefined {
  return parseWith(name, isBaseOperator)
}

/**
 * Compile once with the policy values (already variable-substituted). The test receives the
 * request's values for the key: undefined when the key is absent from the context, [] for an
 * empty list; it returns whether this key's condition is met, and never throws.
 * `options.specialCharacterVariables`: see CompileConditionOptions (`${*}` as a literal `*`).
 */
export function compileConditionTest(
  operator: ParsedConditionOperator,
  policyValues: string[],
  options?: CompileConditionOptions,
): (requestValues: string[] | undefined, requestType?: ContextKeyType) => boolean {
  return compileConditionTestWith(operator, BY_NAME.get(operator.base), policyValues, options)
}

/** Which value type each base operator expects (for the validator); undefined for unknown names. */
export function conditionOperatorValueType(base: string): ConditionValueType | undefined {
  if (base === 'Null') return 'null'
  return BY_NAME.get(base)?.valueType
}
