import type { Metadata } from 'next'
import { AttachGroupPoliciesForm } from '@/components/groups/attach-group-policies-form'
import { IamErrorAlert } from '@/components/iam-error-alert'
import { loadPolicyPickerItems } from '@/app/(console)/load-policy-picker-items'
import { gatedRead } from '@/components/ui/gated-read'
import { requireCaller } from '@/lib/auth/current-caller'
import { listAttachedGroupPolicies } from '@/lib/iam'
import { attachGroupPoliciesAction } from '../actions'

export const metadata: Metadata = { title: 'Attach policies' }

type Params = Promise<{ groupName: string }>

export default async function AttachGroupPoliciesPage({ params }: { params: Params }) {
  const caller = await requireCaller()
  const GroupName = decodeURIComponent((await params).groupName)
  const [policies, attached] = await Promise.all([loadPolicyPickerItems(caller), gatedRead(() => listAttachedGroupPolicies(caller, { GroupName, MaxItems: 1000 }))])
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">Attach permission policies to {GroupName}</h1>
      {policies.error ? (
        <IamErrorAlert code={policies.error.code} message={policies.error.message} />
      ) : (
        <AttachGroupPoliciesForm groupName={GroupName} policies={policies.items} attachedArns={attached.ok ? attached.value.AttachedPolicies.map((p) => p.PolicyArn) : []} action={attachGroupPoliciesAction} />
      )}
    </section>
  )
}
