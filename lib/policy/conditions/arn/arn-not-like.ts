import { negatedOperator } from '../condition-operator'
import { compileArnComparison } from './compile-arn-comparison'

/** The request ARN matches none of the policy ARN patterns. */
export const arnNotLike = negatedOperator('ArnNotLike', 'arn', compileArnComparison)
