import { positiveOperator } from '../condition-operator'
import { compileOrderedComparison } from '../compile-ordered-comparison'
import { parseNumber } from './parse-number'

export const numericLessThanEquals = positiveOperator('NumericLessThanEquals', 'numeric', (policyValues) =>
  compileOrderedComparison(policyValues, parseNumber, 'lessOrEqual'))
