import { positiveOperator, type CompiledComparison } from '../condition-operator'
import { compileWildcardPatterns } from './compile-wildcard-patterns'

/** Case-sensitive matching with `*` (any run, possibly empty) and `?` (one character) anywhere. */
export function compileStringLike(policyValues: readonly string[]): CompiledComparison {
  return { compare: compileWildcardPatterns(policyValues), hasInvalidPolicyValue: false }
}

export const stringLike = positiveOperator('StringLike', 'string', compileStringLike)
