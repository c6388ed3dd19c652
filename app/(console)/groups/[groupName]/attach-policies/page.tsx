import type { Metadata } from 'next'
import { AttachGroupPoliciesForm } from '@/components/groups/attach-group-policies-form'
import { loadPolicyPickerItems } from '@/app/(console)/load-policy-picker-items'
import { ReadResultView } from '@/components/read-result-view'
import { readUnderGate } from '@/lib/actions/read-under-gate'
import { requireCaller } from '@/lib/auth/current-caller'
import { listAttachedGroupPolicies } from '@/lib/iam'
import { attachGroupPoliciesAction } from '../actions'

export const metadata: Metadata = { title: 'Attach policies' }

type Params = Promise<{ groupName: string }>

export default async function AttachGroupPoliciesPage({ params }: { params: Params }) {
  const caller = await requireCaller()
  const GroupName = decodeURIComponent((await params).groupName)
  const [policies, attached] = await Promise.all([loadPolicyPickerItems(caller), readUnderGate(() => listAttachedGroupPolicies(caller, { GroupName, MaxItems: 1000 }))])
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">Attach permission policies to {GroupName}</h1>
      <ReadResultView result={policies}>
        {(items) => (
          <AttachGroupPoliciesForm groupName={GroupName} policies={items} attachedArns={attached.ok ? attached.value.AttachedPolicies.map((p) => p.PolicyArn) : []} action={attachGroupPoliciesAction} />
        )}
      </ReadResultView>
    </section>
  )
}
