import { policyTypeLabel, type PolicyTypeLabel } from '@/components/policies/policy-type'
import type { PolicyDto } from '@/lib/iam/dto'

/** What the picker shows of a managed policy: plain data, small enough for 1,452 rows. */
export interface PolicyPickerItem {
  name: string
  arn: string
  type: PolicyTypeLabel
  description?: string
  attachedEntities: number
}

export function toPolicyPickerItem(p: PolicyDto): PolicyPickerItem {
  return {
    name: p.PolicyName,
    arn: p.Arn,
    type: policyTypeLabel(p.Arn, p.Path),
    ...(p.Description ? { description: p.Description } : {}),
    attachedEntities: p.AttachmentCount,
  }
}
