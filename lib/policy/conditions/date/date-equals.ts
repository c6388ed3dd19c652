import { positiveOperator } from '../condition-operator'
import { compileOrderedComparison } from '../compile-ordered-comparison'
import { parseDate } from './parse-date'

export const dateEquals = positiveOperator('DateEquals', 'date', (policyValues) =>
  compileOrderedComparison(policyValues, parseDate, 'equal'))
