import { negatedOperator } from '../condition-operator'
import { compileArnComparison } from './compile-arn-comparison'

/** The request ARN matches none of the policy ARNs (part by part, wildcards allowed). */
export const arnNotEquals = negatedOperator('ArnNotEquals', 'arn', compileArnComparison)
