import { ActionButton, type ServerAction } from '@/components/ui/action-button'
import { ReadFailureAlert, type GatedRead } from '@/components/ui/gated-read'
import { Panel } from '@/components/ui/panel'
import { Table } from '@/components/ui/table'
import Link from 'next/link'
import { GroupMembershipForm } from '@/components/groups/group-membership-form'

export function UserGroupsTab(props: {
  userName: string
  memberOf: GatedRead<{ name: string; attachedPolicies: string }[]>
  allGroups: GatedRead<string[]>
  actions: { remove: ServerAction; add: ServerAction }
}) {
  const member = props.memberOf.ok ? props.memberOf.value : []
  const names = new Set(member.map((g) => g.name))
  return (
    <div className="space-y-5">
      <Panel title={`User groups membership (${member.length})`} description="A user group is a collection of IAM users. Use groups to specify permissions for a collection of users.">
        {props.memberOf.ok ? (
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
                cell: (g) => <ActionButton action={props.actions.remove} fields={{ userName: props.userName, groupName: g.name }} label="Remove" accessibleName={`Remove from ${g.name}`} />,
              },
            ]}
          />
        ) : (
          <ReadFailureAlert error={props.memberOf.error} />
        )}
      </Panel>
      <Panel title="Add user to groups">
        {props.allGroups.ok ? (
          <GroupMembershipForm
            fixed={{ userName: props.userName }}
            choices={props.allGroups.value.filter((g) => !names.has(g))}
            choiceField="groupNames[]"
            emptyMessage="No other groups to display."
            submitLabel="Add user to groups"
            action={props.actions.add}
          />
        ) : (
          <ReadFailureAlert error={props.allGroups.error} />
        )}
      </Panel>
    </div>
  )
}
