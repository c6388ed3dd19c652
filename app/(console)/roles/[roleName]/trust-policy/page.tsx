import type { Metadata } from 'next'
import { ReadResultView } from '@/components/read-result-view'
import { EditTrustPolicyForm } from '@/components/roles/edit-trust-policy-form'
import { readUnderGate } from '@/lib/actions/read-under-gate'
import { requireCaller } from '@/lib/auth/current-caller'
import { getRole } from '@/lib/iam'
import { updateAssumeRolePolicyAction } from '../../actions'

export const metadata: Metadata = { title: 'Edit trust policy' }

export default async function EditTrustPolicyPage({ params }: { params: Promise<{ roleName: string }> }) {
  const caller = await requireCaller()
  const roleName = decodeURIComponent((await params).roleName)
  const role = await readUnderGate(() => getRole(caller, { RoleName: roleName }))
  return (
    <section>
      <h1 className="text-2xl font-bold">Edit trust policy</h1>
      <div className="mt-4">
        <ReadResultView result={role}>{({ Role }) => <EditTrustPolicyForm roleName={roleName} document={pretty(Role.AssumeRolePolicyDocument)} action={updateAssumeRolePolicyAction} />}</ReadResultView>
      </div>
    </section>
  )
}

function pretty(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 4)
  } catch {
    return text
  }
}
