import type { Metadata } from 'next'
import { CreateGroupForm } from '@/components/groups/create-group-form'
import { loadPolicyPickerItems } from '@/app/(console)/load-policy-picker-items'
import { requireCaller } from '@/lib/auth/current-caller'
import { listUsers } from '@/lib/iam/users/list-users'
import { createGroupAction } from '../actions'

export const metadata: Metadata = { title: 'Create user group' }

export default async function CreateGroupPage() {
  const caller = await requireCaller()
  const [policies, users] = await Promise.all([
    loadPolicyPickerItems(caller),
    listUsers(caller, { pageSize: 100 }).then(
      (r) => ({ ok: true as const, value: r.users.map((u) => u.userName) }),
      (error: unknown) => {
        const code = (error as { code?: unknown }).code
        if (code !== 'AccessDenied' && code !== 'ValidationError') throw error
        return { ok: false as const, error: { code: String(code), message: (error as Error).message } }
      },
    ),
  ])
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">Create user group</h1>
      <CreateGroupForm users={users} policies={policies.items ? { ok: true, value: policies.items } : { ok: false, error: policies.error }} action={createGroupAction} />
    </section>
  )
}
