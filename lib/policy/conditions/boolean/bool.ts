import { positiveOperator, type CompiledComparison } from '../condition-operator'

function parseBoolean(value: string): boolean | undefined {
  const lower = value.toLowerCase()
  if (lower === 'true') return true
  if (lower === 'false') return false
  return undefined
}

/**
 * Boolean matching of "true"/"false", ignoring case on both sides (AWS accepts "True" in
 * policies; the request side comes from services as lower case). Anything else never matches.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Boolean
 */
export function compileBooleanComparison(policyValues: readonly string[]): CompiledComparison {
  let acceptsTrue = false
  let acceptsFalse = false
  let hasInvalidPolicyValue = false
  for (const value of policyValues) {
    const b = parseBoolean(value)
    if (b === true) acceptsTrue = true
    else if (b === false) acceptsFalse = true
    else hasInvalidPolicyValue = true
  }
  return {
    compare: (value) => {
      const b = parseBoolean(value)
      return b === undefined ? undefined : b ? acceptsTrue : acceptsFalse
    },
    hasInvalidPolicyValue,
  }
}

export const bool = positiveOperator('Bool', 'boolean', compileBooleanComparison)
