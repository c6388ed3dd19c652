import { negatedOperator } from '../condition-operator'
import { compileStringLike } from './string-like'

/** Negated case-sensitive wildcard matching: the value fits none of the patterns. */
export const stringNotLike = negatedOperator('StringNotLike', 'string', compileStringLike)
