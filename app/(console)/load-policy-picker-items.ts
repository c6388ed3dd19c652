// Feeds the picker from ListPolicies (gated: a caller without iam:ListPolicies gets the
// AccessDenied alert where the list would be). All pages are read: 1,452 AWS managed
// policies plus the account's own, 1,000 per call (ListPolicies' MaxItems limit).
import type { Caller } from '@/lib/iam/caller'
import { isIamError, type IamError } from '@/lib/iam/errors'
import { listPolicies } from '@/lib/iam/policies/list-policies'
import { toPolicyPickerItem, type PolicyPickerItem } from '@/components/policy-picker/policy-picker-item'

export type PolicyPickerItems = { items: PolicyPickerItem[]; error?: undefined } | { items?: undefined; error: Pick<IamError, 'code' | 'message'> }

export async function loadPolicyPickerItems(caller: Caller): Promise<PolicyPickerItems> {
  const items: PolicyPickerItem[] = []
  let marker: string | undefined
  try {
    do {
      const page = await listPolicies(caller, { MaxItems: 1000, ...(marker ? { Marker: marker } : {}) })
      items.push(...page.Policies.map(toPolicyPickerItem))
      marker = page.IsTruncated ? page.Marker : undefined
    } while (marker)
  } catch (error) {
    if (isIamError(error)) return { error: { code: error.code, message: error.message } }
    throw error
  }
  return { items }
}
