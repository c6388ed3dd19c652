import { positiveOperator, type CompileConditionOptions, type CompiledComparison } from '../condition-operator'
import { compileWildcardPatterns } from './compile-wildcard-patterns'

/** Case-sensitive matching with `*` (any run, possibly empty) and `?` (one character) anywhere. */
export function compileStringLike(policyValues: readonly string[], options: CompileConditionOptions): CompiledComparison {
  return { compare: compileWildcardPatterns(policyValues, options.specialCharacterVariables), hasInvalidPolicyValue: false }
}

export const stringLike = positiveOperator('StringLike', 'string', compileStringLike)
