import { positiveOperator } from '../condition-operator'
import { compileOrderedComparison } from '../compile-ordered-comparison'
import { parseNumber } from './parse-number'

export const numericGreaterThanEquals = positiveOperator('NumericGreaterThanEquals', 'numeric', (policyValues) =>
  compileOrderedComparison(policyValues, parseNumber, 'greaterOrEqual'))
