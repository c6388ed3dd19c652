import type { Metadata } from 'next'
import { loadPolicyPickerItems } from '@/app/(console)/load-policy-picker-items'
import { CreateUserWizard, type WizardGroup } from '@/components/users/create-user-wizard'
import { requireConsoleContext } from '@/lib/auth/current-caller'
import { listGroups } from '@/lib/iam'
import { isIamError } from '@/lib/iam/errors'
import { listUsers } from '@/lib/iam/users/list-users'
import { createUserAction } from './actions'

export const metadata: Metadata = { title: 'Create user' }

type Listing<T> = { items: T[] } | { error: { code: string; message: string } }

/** A gated read for one part of the wizard: a denial is shown in that part, not for the whole page. */
async function listing<T>(read: () => Promise<T[]>): Promise<Listing<T>> {
  try {
    return { items: await read() }
  } catch (error) {
    const code = (error as { code?: unknown }).code
    if (isIamError(error) || code === 'AccessDenied' || code === 'ValidationError') return { error: { code: String(code), message: (error as Error).message } }
    throw error
  }
}

export default async function CreateUserPage() {
  const { caller, session } = await requireConsoleContext()
  const [policies, groups, users] = await Promise.all([
    loadPolicyPickerItems(caller),
    listing<WizardGroup>(async () => (await listGroups(caller, { MaxItems: 1000 })).Groups.map((g) => ({ name: g.GroupName, createDate: g.CreateDate }))),
    listing<string>(async () => (await listUsers(caller, { pageSize: 100 })).users.map((u) => u.userName)),
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
