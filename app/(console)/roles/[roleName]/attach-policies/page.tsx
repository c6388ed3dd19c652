import type { Metadata } from 'next'
import { loadPolicyChoices } from '@/app/(console)/roles/load-policy-choices'
import { loadOrError, PageError } from '@/components/policies/page-error'
import { AttachRolePoliciesForm } from '@/components/roles/attach-role-policies-form'
import { requireCaller } from '@/lib/auth/current-caller'
import { attachRolePoliciesAction } from '../../actions'

export const metadata: Metadata = { title: 'Attach policies' }

export default async function AttachRolePoliciesPage({ params }: { params: Promise<{ roleName: string }> }) {
  const caller = await requireCaller()
  const roleName = decodeURIComponent((await params).roleName)
  const policies = await loadOrError(() => loadPolicyChoices(caller))
  return (
    <section>
      <h1 className="text-2xl font-bold">Attach policy to {roleName}</h1>
      <div className="mt-4 rounded-lg border border-console-line bg-white p-5">
        {policies.error ? <PageError error={policies.error} /> : <AttachRolePoliciesForm roleName={roleName} policies={policies.data} action={attachRolePoliciesAction} />}
      </div>
    </section>
  )
}
