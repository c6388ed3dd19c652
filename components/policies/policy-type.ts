// The console's "Type" column: AWS managed policies under /job-function/ are their own type.
import { isAwsManagedPolicyArn, nameOfArn, parsePolicyArn } from '@/lib/iam/arn'

export type PolicyTypeLabel = 'AWS managed' | 'Customer managed' | 'AWS managed - job function'

/** `path` defaults to the one in the ARN. */
export function policyTypeLabel(arn: string, path = parsePolicyArn(arn)?.path ?? '/'): PolicyTypeLabel {
  if (!isAwsManagedPolicyArn(arn)) return 'Customer managed'
  return path.startsWith('/job-function/') ? 'AWS managed - job function' : 'AWS managed'
}

/** The detail page of a managed policy: by name for people, by ARN for the lookup (AWS managed and customer managed names can clash). */
export function policyHref(arn: string, tab?: string): string {
  return `/policies/${encodeURIComponent(nameOfArn(arn))}?arn=${encodeURIComponent(arn)}${tab ? `&tab=${tab}` : ''}`
}

export interface PolicyChoice {
  arn: string
  name: string
  type: PolicyTypeLabel
  description?: string
  attachments: number
}
