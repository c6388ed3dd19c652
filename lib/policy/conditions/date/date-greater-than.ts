import { positiveOperator } from '../condition-operator'
import { compileOrderedComparison } from '../compile-ordered-comparison'
import { parseDate } from './parse-date'

export const dateGreaterThan = positiveOperator('DateGreaterThan', 'date', (policyValues) =>
  compileOrderedComparison(policyValues, parseDate, 'greater'))
