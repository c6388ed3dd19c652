import { positiveOperator } from '../condition-operator'
import { compileStringEquality } from './compile-string-comparison'

/** Exact matching, case sensitive. */
export const stringEquals = positiveOperator('StringEquals', 'string', compileStringEquality)
