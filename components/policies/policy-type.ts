// The console's "Type" column: AWS managed policies under /job-function/ are their own type.
export type PolicyTypeLabel = 'AWS managed' | 'Customer managed' | 'AWS managed - job function'

export function policyTypeLabel(arn: string, path: string): PolicyTypeLabel {
  if (!arn.startsWith('arn:aws:iam::aws:policy/')) return 'Customer managed'
  return path.startsWith('/job-function/') ? 'AWS managed - job function' : 'AWS managed'
}

export const isAwsManaged = (arn: string) => arn.startsWith('arn:aws:iam::aws:policy/')

/** The detail page of a managed policy: by name for people, by ARN for the lookup (AWS managed and customer managed names can clash). */
export function policyHref(policy: { PolicyName: string; Arn: string }, tab?: string): string {
  return `/policies/${encodeURIComponent(policy.PolicyName)}?arn=${encodeURIComponent(policy.Arn)}${tab ? `&tab=${tab}` : ''}`
}

export interface PolicyChoice {
  arn: string
  name: string
  type: PolicyTypeLabel
  description?: string
  attachments: number
}
