import type { Metadata } from 'next'
import { loadPolicyChoices } from '@/app/(console)/roles/load-policy-choices'
import { SetRoleBoundaryForm } from '@/components/roles/set-role-boundary-form'
import { ReadResultView } from '@/components/read-result-view'
import { requireCaller } from '@/lib/auth/current-caller'
import { putRolePermissionsBoundaryAction } from '../../actions'

export const metadata: Metadata = { title: 'Set permissions boundary' }

export default async function RoleBoundaryPage({ params }: { params: Promise<{ roleName: string }> }) {
  const caller = await requireCaller()
  const roleName = decodeURIComponent((await params).roleName)
  const policies = await loadPolicyChoices(caller)
  return (
    <section>
      <h1 className="text-2xl font-bold">Set permissions boundary for {roleName}</h1>
      <div className="mt-4 rounded-lg border border-console-line bg-white p-5">
        <ReadResultView result={policies}>{(items) => <SetRoleBoundaryForm roleName={roleName} policies={items} action={putRolePermissionsBoundaryAction} />}</ReadResultView>
      </div>
    </section>
  )
}
