import type { CompiledComparison } from '../condition-operator'
import { wildcardPatternSource } from '../string/compile-wildcard-patterns'

/** An ARN has six colon-separated parts: arn:partition:service:region:account:resource. */
function hasSixParts(text: string): boolean {
  let colons = 0
  for (let i = 0; i < text.length && colons < 5; i++) if (text.charCodeAt(i) === 58) colons++
  return colons === 5
}

/**
 * RegExp source for one policy ARN, part by part: in the first five parts `*` and `?` cannot cross
 * a colon, so a wildcard in the region never eats into the account; the resource part (everything
 * after the fifth colon, colons included) takes wildcards over any characters.
 */
function arnPatternSource(arn: string): string {
  const parts: string[] = []
  let start = 0
  for (let i = 0; i < 5; i++) {
    const colon = arn.indexOf(':', start)
    parts.push(wildcardPatternSource(arn.slice(start, colon), '[^:]'))
    start = colon + 1
  }
  parts.push(wildcardPatternSource(arn.slice(start)))
  return parts.join(':')
}

/**
 * ArnEquals and ArnLike behave the same: "Case-sensitive matching of the ARN. Each of the six
 * colon-delimited components of the ARN is checked separately and each can include multi-character
 * match wildcards (*) or single-character match wildcards (?)."
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_ARN
 * A policy value or a request value without six parts is not an ARN and never matches.
 */
export function compileArnComparison(policyValues: readonly string[]): CompiledComparison {
  const literals = new Set<string>()
  const patterns: string[] = []
  let hasInvalidPolicyValue = false
  for (const value of policyValues) {
    if (!hasSixParts(value)) hasInvalidPolicyValue = true
    else if (value.includes('*') || value.includes('?')) patterns.push(arnPatternSource(value))
    else literals.add(value)
  }
  const regExp = patterns.length === 0 ? undefined : new RegExp(`^(?:${patterns.join('|')})$`)
  return {
    compare: (value) => {
      if (!hasSixParts(value)) return undefined
      return literals.has(value) || (regExp !== undefined && regExp.test(value))
    },
    hasInvalidPolicyValue,
  }
}
