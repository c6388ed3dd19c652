import { positiveOperator } from '../condition-operator'
import { compileArnComparison } from './compile-arn-comparison'

/** Case-sensitive ARN matching, part by part, wildcards allowed (the same test as ArnLike). */
export const arnEquals = positiveOperator('ArnEquals', 'arn', compileArnComparison)
