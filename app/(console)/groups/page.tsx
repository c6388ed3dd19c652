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
import { isAccessDenied } from '@/lib/iam/dto'
import { listGroupRows } from '@/lib/iam/groups/list-group-rows'
import { deleteGroupAction } from './actions'

export const metadata: Metadata = { title: 'User groups' }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export default async function GroupsPage({ searchParams }: { searchParams: SearchParams }) {
  const caller = await requireCaller()
  const raw = (await searchParams).search
  const search = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 128) ?? ''
  const now = new Date()
  // Users and Permissions come from GetGroup and the policy lists in AWS: each cell is
  // shown only when the gate allows that call on the group ("-" otherwise).
  const groups = await readUnderGate(() => listGroupRows(caller, { search }))
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
          rowKey={(g) => g.groupName}
          empty={search ? `No user groups match "${search}".` : 'No resources to display'}
          columns={[
            { header: 'Group name', cell: (g) => <Link className="text-console-link hover:underline" href={`/groups/${encodeURIComponent(g.groupName)}`}>{g.groupName}</Link> },
            { header: 'Users', cell: (g) => (isAccessDenied(g.users) ? '-' : g.users) },
            { header: 'Permissions', cell: (g) => (isAccessDenied(g.permissions) ? '-' : g.permissions) },
            { header: 'Creation time', cell: (g) => <RelativeTime iso={g.createDate} now={now} /> },
            {
              header: <span className="sr-only">Actions</span>,
              cell: (g) => (
                <ConfirmDeleteDialog action={deleteGroupAction} fields={{ GroupName: g.groupName }} entityName={g.groupName} entityLabel="user group name" title={`Delete ${g.groupName}?`} triggerAccessibleName={`Delete ${g.groupName}`}>
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
