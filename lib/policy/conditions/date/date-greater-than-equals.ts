import { positiveOperator } from '../condition-operator'
import { compileOrderedComparison } from '../compile-ordered-comparison'
import { parseDate } from './parse-date'

export const dateGreaterThanEquals = positiveOperator('DateGreaterThanEquals', 'date', (policyValues) =>
  compileOrderedComparison(policyValues, parseDate, 'greaterOrEqual'))
