import type { Metadata } from 'next'
import { loadPolicyPickerItems } from '@/app/(console)/load-policy-picker-items'
import { CreateUserWizard, type WizardGroup } from '@/components/users/create-user-wizard'
import { readUnderGate } from '@/lib/actions/read-under-gate'
import { requireConsoleContext } from '@/lib/auth/current-caller'
import { listGroups } from '@/lib/iam'
import { listUsers } from '@/lib/iam/users/list-users'
import { createUserAction } from './actions'

export const metadata: Metadata = { title: 'Create user' }

export default async function CreateUserPage() {
  const { caller, session } = await requireConsoleContext()
  // Each read is gated on its own: a denial is shown in that part of the wizard, not for the whole page.
  const [policies, groups, users] = await Promise.all([
    loadPolicyPickerItems(caller),
    readUnderGate(async (): Promise<WizardGroup[]> => (await listGroups(caller, { MaxItems: 1000 })).Groups.map((g) => ({ name: g.GroupName, createDate: g.CreateDate }))),
    readUnderGate(async () => (await listUsers(caller, { pageSize: 100 })).users.map((u) => u.userName)),
  ])
  return (
    <CreateUserWizard
      policies={policies}
      groups={groups}
      users={users}
      signInAccount={session.accountAlias ?? caller.accountId}
      action={createUserAction}
    />
  )
}
