import type { CompiledComparison } from '../condition-operator'

/** Exact, case-sensitive equality with any policy value. */
export function compileStringEquality(policyValues: readonly string[]): CompiledComparison {
  const set = new Set(policyValues)
  return { compare: (value) => set.has(value), hasInvalidPolicyValue: false }
}

/**
 * Equality ignoring case. AWS does not say which case folding it uses; lower-casing both sides is
 * the documented intent ("matches john or John").
 */
export function compileStringEqualityIgnoreCase(policyValues: readonly string[]): CompiledComparison {
  const set = new Set(policyValues.map((v) => v.toLowerCase()))
  return { compare: (value) => set.has(value.toLowerCase()), hasInvalidPolicyValue: false }
}
