import type { Metadata } from 'next'
import { loadPolicyPickerItems } from '@/app/(console)/load-policy-picker-items'
import { AddPermissionsForm } from '@/components/users/add-permissions-form'
import { readUnderGate } from '@/lib/actions/read-under-gate'
import { requireCaller } from '@/lib/auth/current-caller'
import { listAttachedUserPolicies, listGroups, listGroupsForUser } from '@/lib/iam'
import { listUsers } from '@/lib/iam/users/list-users'
import { addUserPermissionsAction } from '../actions'

export const metadata: Metadata = { title: 'Add permissions' }

type Params = Promise<{ userName: string }>

export default async function AddPermissionsPage({ params }: { params: Params }) {
  const caller = await requireCaller()
  const UserName = decodeURIComponent((await params).userName)
  const [policies, attached, member, groups, users] = await Promise.all([
    loadPolicyPickerItems(caller),
    readUnderGate(() => listAttachedUserPolicies(caller, { UserName, MaxItems: 1000 })),
    readUnderGate(() => listGroupsForUser(caller, { UserName, MaxItems: 1000 })),
    readUnderGate(async () => (await listGroups(caller, { MaxItems: 1000 })).Groups.map((g) => g.GroupName)),
    readUnderGate(async () => (await listUsers(caller, { pageSize: 100 })).users.map((u) => u.userName).filter((u) => u !== UserName)),
  ])
  const memberOf = new Set(member.ok ? member.value.Groups.map((g) => g.GroupName) : [])
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">Add permissions to {UserName}</h1>
      <AddPermissionsForm
        userName={UserName}
        policies={policies}
        attachedArns={attached.ok ? attached.value.AttachedPolicies.map((p) => p.PolicyArn) : []}
        groups={groups.ok ? { ok: true, value: groups.value.filter((g) => !memberOf.has(g)) } : groups}
        users={users}
        action={addUserPermissionsAction}
      />
    </section>
  )
}
