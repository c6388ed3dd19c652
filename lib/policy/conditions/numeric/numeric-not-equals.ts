import { negatedOperator } from '../condition-operator'
import { compileOrderedComparison } from '../compile-ordered-comparison'
import { parseNumber } from './parse-number'

export const numericNotEquals = negatedOperator('NumericNotEquals', 'numeric', (policyValues) =>
  compileOrderedComparison(policyValues, parseNumber, 'equal'))
