// Every managed policy the caller can see, for pickers, through ListPolicies pages (1,000
// at a time, IAM's MaxItems limit). Gated: a denial is shown where the list would be.
import { readUnderGate, type ReadResult } from '@/lib/actions/read-under-gate'
import type { Caller } from '@/lib/iam/caller'
import { listPolicies } from '@/lib/iam'
import { policyTypeLabel, type PolicyChoice } from '@/components/policies/policy-type'

export function loadPolicyChoices(caller: Caller): Promise<ReadResult<PolicyChoice[]>> {
  return readUnderGate(async () => {
    const out: PolicyChoice[] = []
    let marker: string | undefined
    do {
      const page = await listPolicies(caller, { MaxItems: 1000, ...(marker ? { Marker: marker } : {}) })
      for (const p of page.Policies) {
        out.push({ arn: p.Arn, name: p.PolicyName, type: policyTypeLabel(p.Arn, p.Path), attachments: p.AttachmentCount, ...(p.Description ? { description: p.Description } : {}) })
      }
      marker = page.IsTruncated ? page.Marker : undefined
    } while (marker)
    return out
  })
}
