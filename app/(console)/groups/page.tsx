import type { Metadata } from 'next'
import Link from 'next/link'
import { RelativeTime } from '@/components/relative-time'
import { Button, buttonClass } from '@/components/ui/button'
import { ConfirmDeleteDialog } from '@/components/ui/confirm-delete-dialog'
import { ReadResultView } from '@/components/read-result-view'
import { Table } from '@/components/ui/table'
import { inputClass } from '@/components/ui/text-field'
import { readUnderGate } from '@/lib/actions/read-under-gate'
import { requireCaller } from '@/lib/auth/current-caller'
import { getGroup, listAttachedGroupPolicies, listGroupPolicies, listGroups } from '@/lib/iam'
import { deleteGroupAction } from './actions'

export const metadata: Metadata = { title: 'User groups' }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

interface GroupRow {
  name: string
  createDate: string
  users: number | null
  permissions: 'Defined' | 'Not defined' | null
}

export default async function GroupsPage({ searchParams }: { searchParams: SearchParams }) {
  const caller = await requireCaller()
  const raw = (await searchParams).search
  const search = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 128) ?? ''
  const now = new Date()
  // listGroups has no member or policy counts: each row asks GetGroup and the policy lists
  // (gated like any read; a denied count shows as "-").
  const groups = await readUnderGate(async () => {
    const { Groups } = await listGroups(caller, { MaxItems: 1000 })
    const shown = Groups.filter((g) => g.GroupName.toLowerCase().includes(search.toLowerCase()))
    return Promise.all(
      shown.map(async (g): Promise<GroupRow> => {
        const [members, attached, inline] = await Promise.all([
          readUnderGate(() => getGroup(caller, { GroupName: g.GroupName, MaxItems: 1000 })),
          readUnderGate(() => listAttachedGroupPolicies(caller, { GroupName: g.GroupName, MaxItems: 1 })),
          readUnderGate(() => listGroupPolicies(caller, { GroupName: g.GroupName, MaxItems: 1 })),
        ])
        return {
          name: g.GroupName,
          createDate: g.CreateDate,
          users: members.ok ? members.value.Users.length : null,
          permissions: attached.ok && inline.ok ? (attached.value.AttachedPolicies.length || inline.value.PolicyNames.length ? 'Defined' : 'Not defined') : null,
        }
      }),
    )
  })
  return (
    <section className="rounded-lg border border-console-line bg-white">
      <div className="flex flex-wrap items-start justify-between gap-4 px-5 pt-4">
        <div>
          <h1 className="text-xl font-bold">User groups ({groups.ok ? groups.value.length : 0})</h1>
          <p className="mt-1 max-w-2xl text-console-muted">A user group is a collection of IAM users. Use groups to specify permissions for a collection of users.</p>
        </div>
        <Link href="/groups/create" className={buttonClass('primary')}>
          Create group
        </Link>
      </div>
      <form action="/groups" method="get" role="search" className="flex gap-2 px-5 py-4">
        <input type="search" name="search" defaultValue={search} aria-label="Search" placeholder="Search" className={`${inputClass} max-w-md`} />
        <Button type="submit">
          Search
        </Button>
      </form>
      {groups.ok ? (
        <Table
          caption="User groups"
          rows={groups.value}
          rowKey={(g) => g.name}
          empty={search ? `No user groups match "${search}".` : 'No resources to display'}
          columns={[
            { header: 'Group name', cell: (g) => <Link className="text-console-link hover:underline" href={`/groups/${encodeURIComponent(g.name)}`}>{g.name}</Link> },
            { header: 'Users', cell: (g) => (g.users ?? '-') },
            { header: 'Permissions', cell: (g) => g.permissions ?? '-' },
            { header: 'Creation time', cell: (g) => <RelativeTime iso={g.createDate} now={now} /> },
            {
              header: <span className="sr-only">Actions</span>,
              cell: (g) => (
                <ConfirmDeleteDialog action={deleteGroupAction} fields={{ GroupName: g.name }} entityName={g.name} entityLabel="user group name" title={`Delete ${g.name}?`} triggerAccessibleName={`Delete ${g.name}`}>
                  <p>Deleting the group removes its users from it and its policies from it first. The users themselves are not deleted.</p>
                </ConfirmDeleteDialog>
              ),
            },
          ]}
        />
      ) : (
        <div className="px-5 pb-4">
          <ReadResultView result={groups} />
        </div>
      )}
    </section>
  )
}
