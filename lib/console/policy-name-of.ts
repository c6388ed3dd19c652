/** A managed policy's name, the last segment of its ARN (the label a step shows). */
export const policyNameOf = (arn: string): string => arn.slice(arn.lastIndexOf('/') + 1)
