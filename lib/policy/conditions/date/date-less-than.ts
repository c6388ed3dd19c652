import { positiveOperator } from '../condition-operator'
import { compileOrderedComparison } from '../compile-ordered-comparison'
import { parseDate } from './parse-date'

export const dateLessThan = positiveOperator('DateLessThan', 'date', (policyValues) =>
  compileOrderedComparison(policyValues, parseDate, 'less'))
