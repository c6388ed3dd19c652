import { negatedOperator } from '../condition-operator'
import { compileStringEquality } from './compile-string-comparison'

/** Negated matching: the request value equals none of the policy values. */
export const stringNotEquals = negatedOperator('StringNotEquals', 'string', compileStringEquality)
