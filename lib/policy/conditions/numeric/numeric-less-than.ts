import { positiveOperator } from '../condition-operator'
import { compileOrderedComparison } from '../compile-ordered-comparison'
import { parseNumber } from './parse-number'

export const numericLessThan = positiveOperator('NumericLessThan', 'numeric', (policyValues) =>
  compileOrderedComparison(policyValues, parseNumber, 'less'))
