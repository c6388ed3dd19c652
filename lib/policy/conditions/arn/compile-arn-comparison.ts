import { compileGlobCodes, type StringMatcher } from '../../match/glob-matcher'
import type { CompileConditionOptions, CompiledComparison } from '../condition-operator'
import { compilePattern } from '../string/compile-wildcard-patterns'

/** An ARN has six colon-separated parts: arn:partition:service:region:account:resource. */
export function hasSixParts(text: string): boolean {
  let colons = 0
  for (let i = 0; i < text.length && colons < 5; i++) if (text.charCodeAt(i) === 58) colons++
  return colons === 5
}

/** The six parts of an ARN: split at its first five colons, so the resource part keeps the rest. */
function arnParts(arn: string): string[] {
  const parts: string[] = []
  let start = 0
  for (let i = 0; i < 5; i++) {
    const colon = arn.indexOf(':', start)
    parts.push(arn.slice(start, colon))
    start = colon + 1
  }
  parts.push(arn.slice(start))
  return parts
}

/**
 * One policy ARN, part by part: a wildcard in the first five parts cannot cross a colon
 * (the request's parts are split at its colons first, so a wildcard in the region never eats
 * into the account); the resource part (everything after the fifth colon, colons included)
 * takes wildcards over any characters.
 */
function compileArnPattern(arn: string, specialVariables: boolean): { literal?: string; parts: StringMatcher[] } {
  const compiled = arnParts(arn).map((part) => compilePattern(part, specialVariables))
  const allLiteral = compiled.every((c) => c.literal !== undefined)
  return {
    literal: allLiteral ? compiled.map((c) => c.literal).join(':') : undefined,
    parts: compiled.map((c) => compileGlobCodes(c.codes)),
  }
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
  const patterns: StringMatcher[][] = []
  let hasInvalidPolicyValue = false
  for (const value of policyValues) {
    if (!hasSixParts(value)) hasInvalidPolicyValue = true
    else {
      const pattern = compileArnPattern(value, options.specialCharacterVariables === true)
      if (pattern.literal !== undefined) literals.add(pattern.literal)
      else patterns.push(pattern.parts)
    }
  }
  return {
    compare: (value) => {
      if (!hasSixParts(value)) return undefined
      if (literals.has(value)) return true
      if (patterns.length === 0) return false
      const parts = arnParts(value)
      return patterns.some((pattern) => pattern.every((matches, i) => matches(parts[i])))
    },
    hasInvalidPolicyValue,
  }
}
