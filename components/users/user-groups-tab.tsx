import { ReadResultView } from '@/components/read-result-view'
import { ActionButton, type ServerAction } from '@/components/ui/action-button'
import { Panel } from '@/components/ui/panel'
import { Table } from '@/components/ui/table'
import Link from 'next/link'
import { GroupMembershipForm } from '@/components/groups/group-membership-form'
import type { ReadResult } from '@/lib/actions/read-under-gate'

export function UserGroupsTab(props: {
  userName: string
  memberOf: ReadResult<{ name: string; attachedPolicies: string }[]>
  allGroups: ReadResult<string[]>
  actions: { remove: ServerAction; add: ServerAction }
}) {
  const member = props.memberOf.ok ? props.memberOf.value : []
  const names = new Set(member.map((g) => g.name))
  return (
    <div className="space-y-5">
      <Panel title={`User groups membership (${member.length})`} description="A user group is a collection of IAM users. Use groups to specify permissions for a collection of users.">
        <ReadResultView result={props.memberOf}>
          {(member) => (
            <Table
              caption="User groups membership"
              rows={member}
              rowKey={(g) => g.name}
              empty="No resources to display"
              columns={[
                { header: 'Group name', cell: (g) => <Link className="text-console-link hover:underline" href={`/groups/${encodeURIComponent(g.name)}`}>{g.name}</Link> },
                { header: 'Attached policies', cell: (g) => g.attachedPolicies },
                {
                  header: <span className="sr-only">Actions</span>,
                  cell: (g) => <ActionButton action={props.actions.remove} fields={{ UserName: props.userName, GroupName: g.name }} label="Remove" accessibleName={`Remove from ${g.name}`} />,
                },
              ]}
            />
          )}
        </ReadResultView>
      </Panel>
      <Panel title="Add user to groups">
        <ReadResultView result={props.allGroups}>
          {(allGroups) => (
            <GroupMembershipForm
              fixed={{ UserName: props.userName }}
              choices={allGroups.filter((g) => !names.has(g))}
              choiceField="GroupNames[]"
              emptyMessage="No other groups to display."
              submitLabel="Add user to groups"
              action={props.actions.add}
            />
          )}
        </ReadResultView>
      </Panel>
    </div>
  )
}
