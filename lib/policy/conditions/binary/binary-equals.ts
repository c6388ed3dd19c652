import { positiveOperator, type CompiledComparison } from '../condition-operator'

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{2,3})?$/

/** The bytes of a base64 value (as a binary string), or undefined when it is not base64. */
export function decodeBase64(value: string): string | undefined {
  if (!BASE64.test(value)) return undefined
  try {
    return atob(value)
  } catch {
    return undefined
  }
}

/**
 * "compares the value of the specified key byte for byte against a base-64 encoded representation
 * of the binary value in the policy"; the request value is base64 too. Comparing decoded bytes
 * makes padding differences ("YQ" and "YQ==") irrelevant.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_BinaryEquals
 */
export function compileBinaryComparison(policyValues: readonly string[]): CompiledComparison {
  const bytes = new Set<string>()
  let hasInvalidPolicyValue = false
  for (const value of policyValues) {
    const decoded = decodeBase64(value)
    if (decoded === undefined) hasInvalidPolicyValue = true
    else bytes.add(decoded)
  }
  return {
    compare: (value) => {
      const decoded = decodeBase64(value)
      return decoded === undefined ? undefined : bytes.has(decoded)
    },
    hasInvalidPolicyValue,
  }
}

export const binaryEquals = positiveOperator('BinaryEquals', 'binary', compileBinaryComparison)
