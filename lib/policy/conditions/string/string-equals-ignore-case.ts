import { positiveOperator } from '../condition-operator'
import { compileStringEqualityIgnoreCase } from './compile-string-comparison'

/** Exact matching, ignoring case. */
export const stringEqualsIgnoreCase = positiveOperator('StringEqualsIgnoreCase', 'string', compileStringEqualityIgnoreCase)
