import type { Metadata } from 'next'
import { loadPolicyChoices } from '@/app/(console)/roles/load-policy-choices'
import { AttachRolePoliciesForm } from '@/components/roles/attach-role-policies-form'
import { ReadResultView } from '@/components/read-result-view'
import { requireCaller } from '@/lib/auth/current-caller'
import { attachRolePoliciesAction } from '../../actions'

export const metadata: Metadata = { title: 'Attach policies' }

export default async function AttachRolePoliciesPage({ params }: { params: Promise<{ roleName: string }> }) {
  const caller = await requireCaller()
  const roleName = decodeURIComponent((await params).roleName)
  const policies = await loadPolicyChoices(caller)
  return (
    <section>
      <h1 className="text-2xl font-bold">Attach policy to {roleName}</h1>
      <div className="mt-4 rounded-lg border border-console-line bg-white p-5">
        <ReadResultView result={policies}>{(items) => <AttachRolePoliciesForm roleName={roleName} policies={items} action={attachRolePoliciesAction} />}</ReadResultView>
      </div>
    </section>
  )
}
