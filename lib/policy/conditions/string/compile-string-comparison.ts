import type { CompileConditionOptions, CompiledComparison } from '../condition-operator'
import { replaceSpecialCharacterVariables } from './compile-wildcard-patterns'

function literalValues(policyValues: readonly string[], options: CompileConditionOptions): readonly string[] {
  return options.specialCharacterVariables ? policyValues.map(replaceSpecialCharacterVariables) : policyValues
}

/** Exact, case-sensitive equality with any policy value. */
export function compileStringEquality(policyValues: readonly string[], options: CompileConditionOptions): CompiledComparison {
  const values = literalValues(policyValues, options)
  if (values.length === 1) {
    const only = values[0]
    return { compare: (value) => value === only, only, hasInvalidPolicyValue: false }
  }
  const set = new Set(values)
  return { compare: (value) => set.has(value), hasInvalidPolicyValue: false }
}

/**
 * Equality ignoring case. AWS does not say which case folding it uses; lower-casing both sides is
 * the documented intent ("matches john or John").
 */
export function compileStringEqualityIgnoreCase(policyValues: readonly string[], options: CompileConditionOptions): CompiledComparison {
  const set = new Set(literalValues(policyValues, options).map((v) => v.toLowerCase()))
  return { compare: (value) => set.has(value.toLowerCase()), hasInvalidPolicyValue: false }
}
