import type { CompileConditionOptions, CompiledComparison } from '../condition-operator'
import { compilePattern } from '../string/compile-wildcard-patterns'

/** An ARN has six colon-separated parts: arn:partition:service:region:account:resource. */
export function hasSixParts(text: string): boolean {
  let colons = 0
  for (let i = 0; i < text.length && colons < 5; i++) if (text.charCodeAt(i) === 58) colons++
  return colons === 5
}

/**
 * RegExp source for one policy ARN, part by part: in the first five parts `*` and `?` cannot cross
 * a colon, so a wildcard in the region never eats into the account; the resource part (everything
 * after the fifth colon, colons included) takes wildcards over any characters.
 */
function compileArnPattern(arn: string, specialVariables: boolean): { literal?: string; source: string } {
  const sources: string[] = []
  const literals: string[] = []
  let allLiteral = true
  let start = 0
  for (let i = 0; i < 6; i++) {
    const colon = i < 5 ? arn.indexOf(':', start) : arn.length
    const part = compilePattern(arn.slice(start, colon), specialVariables)
    sources.push(part.source(i < 5 ? '[^:]' : '[\\s\\S]'))
    if (part.literal === undefined) allLiteral = false
    else literals.push(part.literal)
    start = colon + 1
  }
  return { literal: allLiteral ? literals.join(':') : undefined, source: sources.join(':') }
}

/**
 * ArnEquals and ArnLike behave the same: "Case-sensitive matching of the ARN. Each of the six
 * colon-delimited components of the ARN is checked separately and each can include multi-character
 * match wildcards (*) or single-character match wildcards (?)."
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_ARN
 * A policy value or a request value without six parts is not an ARN and never matches.
 */
export function compileArnComparison(policyValues: readonly string[], options: CompileConditionOptions): CompiledComparison {
  const literals = new Set<string>()
  const patterns: string[] = []
  let hasInvalidPolicyValue = false
  for (const value of policyValues) {
    if (!hasSixParts(value)) hasInvalidPolicyValue = true
    else {
      const pattern = compileArnPattern(value, options.specialCharacterVariables === true)
      if (pattern.literal !== undefined) literals.add(pattern.literal)
      else patterns.push(pattern.source)
    }
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
