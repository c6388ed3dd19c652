import type { PolicyDto } from '@/lib/iam/dto'

export type PolicyType = 'AWS managed' | 'Customer managed' | 'AWS managed - job function'

/** What the picker shows of a managed policy: plain data, small enough for 1,452 rows. */
export interface PolicyPickerItem {
  name: string
  arn: string
  type: PolicyType
  description?: string
  attachedEntities: number
}

/** AWS's type column: job-function policies are the AWS managed ones under /job-function/. */
export function policyTypeOf(arn: string, path: string): PolicyType {
  if (!arn.startsWith('arn:aws:iam::aws:policy/')) return 'Customer managed'
  return path === '/job-function/' ? 'AWS managed - job function' : 'AWS managed'
}

export function toPolicyPickerItem(p: PolicyDto): PolicyPickerItem {
  return {
    name: p.PolicyName,
    arn: p.Arn,
    type: policyTypeOf(p.Arn, p.Path),
    ...(p.Description ? { description: p.Description } : {}),
    attachedEntities: p.AttachmentCount,
  }
}
