// Feeds the picker from ListPolicies (gated: a caller without iam:ListPolicies gets the
// AccessDenied alert where the list would be). All pages are read: 1,452 AWS managed
// policies plus the account's own, 1,000 per call (ListPolicies' MaxItems limit).
import { readUnderGate, type ReadResult } from '@/lib/actions/read-under-gate'
import type { Caller } from '@/lib/iam/caller'
import { listPolicies } from '@/lib/iam/policies/list-policies'
import { toPolicyPickerItem, type PolicyPickerItem } from '@/components/policy-picker/policy-picker-item'

export function loadPolicyPickerItems(caller: Caller): Promise<ReadResult<PolicyPickerItem[]>> {
  return readUnderGate(async () => {
    const items: PolicyPickerItem[] = []
    let marker: string | undefined
    do {
      const page = await listPolicies(caller, { MaxItems: 1000, ...(marker ? { Marker: marker } : {}) })
      items.push(...page.Policies.map(toPolicyPickerItem))
      marker = page.IsTruncated ? page.Marker : undefined
    } while (marker)
    return items
  })
}
