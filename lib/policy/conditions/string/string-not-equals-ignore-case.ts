import { negatedOperator } from '../condition-operator'
import { compileStringEqualityIgnoreCase } from './compile-string-comparison'

/** Negated matching, ignoring case. */
export const stringNotEqualsIgnoreCase = negatedOperator('StringNotEqualsIgnoreCase', 'string', compileStringEqualityIgnoreCase)
