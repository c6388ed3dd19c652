import type { Metadata } from 'next'
import { loadPolicyChoices } from '@/app/(console)/roles/load-policy-choices'
import { CreateRoleWizard } from '@/components/roles/create-role-wizard'
import { requireCaller } from '@/lib/auth/current-caller'
import { createRoleAction } from '../actions'

export const metadata: Metadata = { title: 'Create role' }

export default async function CreateRolePage() {
  const caller = await requireCaller()
  const policies = await loadPolicyChoices(caller)
  return <CreateRoleWizard accountId={caller.accountId} policies={policies} action={createRoleAction} />
}
