import { positiveOperator } from '../condition-operator'
import { compileArnComparison } from './compile-arn-comparison'

/** Case-sensitive ARN matching, part by part, with * and ? in any part. */
export const arnLike = positiveOperator('ArnLike', 'arn', compileArnComparison)
