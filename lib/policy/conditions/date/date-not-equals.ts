import { negatedOperator } from '../condition-operator'
import { compileOrderedComparison } from '../compile-ordered-comparison'
import { parseDate } from './parse-date'

export const dateNotEquals = negatedOperator('DateNotEquals', 'date', (policyValues) =>
  compileOrderedComparison(policyValues, parseDate, 'equal'))
