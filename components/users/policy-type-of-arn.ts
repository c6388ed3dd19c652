import { policyTypeOf, type PolicyType } from '@/components/policy-picker/policy-picker-item'

/** The console's Type column from a managed policy ARN (its path is part of the ARN). */
export function policyTypeOfArn(arn: string): PolicyType {
  const resource = arn.slice(arn.indexOf(':policy') + ':policy'.length)
  return policyTypeOf(arn, resource.slice(0, resource.lastIndexOf('/') + 1))
}

export const policyHref = (name: string, arn: string) => `/policies/${encodeURIComponent(name)}?arn=${encodeURIComponent(arn)}`
