import type { Metadata } from 'next'
import { loadPolicyChoices } from '@/app/(console)/roles/load-policy-choices'
import { loadOrError, PageError } from '@/components/policies/page-error'
import { SetRoleBoundaryForm } from '@/components/roles/set-role-boundary-form'
import { requireCaller } from '@/lib/auth/current-caller'
import { putRolePermissionsBoundaryAction } from '../../actions'

export const metadata: Metadata = { title: 'Set permissions boundary' }

export default async function RoleBoundaryPage({ params }: { params: Promise<{ roleName: string }> }) {
  const caller = await requireCaller()
  const roleName = decodeURIComponent((await params).roleName)
  const policies = await loadOrError(() => loadPolicyChoices(caller))
  return (
    <section>
      <h1 className="text-2xl font-bold">Set permissions boundary for {roleName}</h1>
      <div className="mt-4 rounded-lg border border-console-line bg-white p-5">
        {policies.error ? <PageError error={policies.error} /> : <SetRoleBoundaryForm roleName={roleName} policies={policies.data} action={putRolePermissionsBoundaryAction} />}
      </div>
    </section>
  )
}
