import { positiveOperator } from '../condition-operator'
import { compileOrderedComparison } from '../compile-ordered-comparison'
import { parseNumber } from './parse-number'

export const numericGreaterThan = positiveOperator('NumericGreaterThan', 'numeric', (policyValues) =>
  compileOrderedComparison(policyValues, parseNumber, 'greater'))
