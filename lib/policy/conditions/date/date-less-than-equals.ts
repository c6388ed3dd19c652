import { positiveOperator } from '../condition-operator'
import { compileOrderedComparison } from '../compile-ordered-comparison'
import { parseDate } from './parse-date'

export const dateLessThanEquals = positiveOperator('DateLessThanEquals', 'date', (policyValues) =>
  compileOrderedComparison(policyValues, parseDate, 'lessOrEqual'))
