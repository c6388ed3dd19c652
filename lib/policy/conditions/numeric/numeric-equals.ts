import { positiveOperator } from '../condition-operator'
import { compileOrderedComparison } from '../compile-ordered-comparison'
import { parseNumber } from './parse-number'

export const numericEquals = positiveOperator('NumericEquals', 'numeric', (policyValues) =>
  compileOrderedComparison(policyValues, parseNumber, 'equal'))
