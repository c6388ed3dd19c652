import type { Metadata } from 'next'
import { CreateGroupForm } from '@/components/groups/create-group-form'
import { loadPolicyPickerItems } from '@/app/(console)/load-policy-picker-items'
import { readUnderGate } from '@/lib/actions/read-under-gate'
import { requireCaller } from '@/lib/auth/current-caller'
import { listUsers } from '@/lib/iam/users/list-users'
import { createGroupAction } from '../actions'

export const metadata: Metadata = { title: 'Create user group' }

export default async function CreateGroupPage() {
  const caller = await requireCaller()
  const [policies, users] = await Promise.all([
    loadPolicyPickerItems(caller),
    readUnderGate(async () => (await listUsers(caller, { pageSize: 100 })).users.map((u) => u.userName)),
  ])
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">Create user group</h1>
      <CreateGroupForm users={users} policies={policies} action={createGroupAction} />
    </section>
  )
}
