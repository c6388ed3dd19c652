import type { ContextKeyType } from '../types'

/** The value type a base operator compares, for the validator (and for picking a parser here). */
export type ConditionValueType = 'string' | 'numeric' | 'date' | 'boolean' | 'binary' | 'ip' | 'arn' | 'null'

/**
 * Whether one request value satisfies the operator against all of the policy's values for the key.
 * The policy's values are already folded in: OR for positive operators, NOR for negated ones.
 */
export type RequestValueMatcher = (requestValue: string, requestType?: ContextKeyType) => boolean

/**
 * The comparison a family of operators shares before negation: true / false, or undefined when
 * the request value is not a valid value of the operator's type (a non-number for Numeric*).
 */
export type ValueComparison = (requestValue: string, requestType?: ContextKeyType) => boolean | undefined

export interface CompiledComparison {
  /** True when some policy value matches the request value (the OR over the policy's values). */
  compare: ValueComparison
  /** Set when `compare(v)` is exactly `v === only` (one literal value), so callers can inline it. */
  only?: string
  /** True when a policy value does not parse for the type (the validator reports it as an error). */
  hasInvalidPolicyValue: boolean
}

export interface CompileConditionOptions {
  /**
   * The policy values still hold the special-character variables `${*}`, `${?}` and `${$}`
   * (2012-10-17 policies, every other variable already substituted). They stand for a literal
   * `*`, `?` and `$`, never a wildcard. Leave unset for 2008-10-17 policies, where `${*}` is text.
   * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html (special characters)
   */
  specialCharacterVariables?: boolean
}

export type ComparisonCompiler = (policyValues: readonly string[], options: CompileConditionOptions) => CompiledComparison

export interface ConditionOperatorDefinition {
  /** Base name as AWS spells it, e.g. 'StringLike'. */
  readonly name: string
  readonly valueType: ConditionValueType
  /**
   * Negated operators (StringNotEquals, NotIpAddress, ArnNotLike, ...) evaluate to true when the
   * key is missing from the request, and their policy values are NOR'ed.
   * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_multi-value-conditions.html
   */
  readonly negated: boolean
  /** Compile the policy's values once; the returned matcher does no parsing of policy values. */
  compile(policyValues: readonly string[], options?: CompileConditionOptions): RequestValueMatcher
  /** The comparison `compile` negates or not, for callers that fold the two into one test. */
  readonly compileComparison: ComparisonCompiler
}

/** A positive operator: a request value matches when it is valid and equals/fits some policy value. */
export function positiveOperator(
  name: string,
  valueType: ConditionValueType,
  compileComparison: ComparisonCompiler,
): ConditionOperatorDefinition {
  return {
    name,
    valueType,
    negated: false,
    compileComparison,
    compile(policyValues, options = {}) {
      const { compare } = compileComparison(policyValues, options)
      return (value, type) => compare(value, type) === true
    },
  }
}

/**
 * A negated operator: a request value matches when it is a valid value of the type and matches
 * none of the policy values (NOR). A request value that does not parse, or a policy value that
 * does not parse, never satisfies the condition: an unparseable value proves nothing, so a
 * negated Deny does not fire on garbage and a negated Allow does not open on it.
 */
export function negatedOperator(
  name: string,
  valueType: ConditionValueType,
  compileComparison: ComparisonCompiler,
): ConditionOperatorDefinition {
  return {
    name,
    valueType,
    negated: true,
    compileComparison,
    compile(policyValues, options = {}) {
      const { compare, hasInvalidPolicyValue } = compileComparison(policyValues, options)
      if (hasInvalidPolicyValue) return () => false
      return (value, type) => compare(value, type) === false
    },
  }
}
