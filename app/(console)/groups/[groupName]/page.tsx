import type { Metadata } from 'next'
import Link from 'next/link'
import { AccessAdvisorSection } from '@/app/(console)/access-advisor-section'
import { GroupMembershipForm } from '@/components/groups/group-membership-form'
import { policyHref, policyTypeLabel } from '@/components/policies/policy-type'
import { ActionButton } from '@/components/ui/action-button'
import { buttonClass } from '@/components/ui/button'
import { ConfirmDeleteDialog } from '@/components/ui/confirm-delete-dialog'
import { ReadResultView } from '@/components/read-result-view'
import { Panel } from '@/components/ui/panel'
import { Table } from '@/components/ui/table'
import { currentTab, Tabs } from '@/components/ui/tabs'
import { readUnderGate } from '@/lib/actions/read-under-gate'
import { requireCaller } from '@/lib/auth/current-caller'
import { getGroup, listAttachedGroupPolicies, listGroupPolicies } from '@/lib/iam'
import { listUsers } from '@/lib/iam/users/list-users'
import { deleteGroupAction } from '../actions'
import * as actions from './actions'

type Params = Promise<{ groupName: string }>
type SearchParams = Promise<Record<string, string | string[] | undefined>>

const SECTIONS = [
  { id: 'users', label: 'Users' },
  { id: 'permissions', label: 'Permissions' },
  { id: 'access_advisor', label: 'Access Advisor' },
] as const

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: decodeURIComponent((await params).groupName) }
}

export default async function GroupDetailsPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const caller = await requireCaller()
  const GroupName = decodeURIComponent((await params).groupName)
  const requested = (await searchParams).section
  const section = currentTab(SECTIONS, requested)
  const base = `/groups/${encodeURIComponent(GroupName)}`

  const group = await readUnderGate(() => getGroup(caller, { GroupName, MaxItems: 1000 }))
  if (!group.ok) {
    return (
      <section className="space-y-4">
        <h1 className="text-2xl font-bold">{GroupName}</h1>
        <ReadResultView result={group} />
      </section>
    )
  }
  const { Group, Users } = group.value

  let content: React.ReactNode
  if (section === 'users') {
    const others = await readUnderGate(async () =>
      (await listUsers(caller, { pageSize: 100 })).users.map((u) => u.userName).filter((u) => !Users.some((m) => m.UserName === u)),
    )
    content = (
      <div className="space-y-5">
        <Panel title={`Users in this group (${Users.length})`} description="An IAM user is an entity that you create in AWS to represent the person or application that uses it to interact with AWS.">
          <Table
            caption="Users in this group"
            rows={Users}
            rowKey={(u) => u.UserName}
            empty="No resources to display"
            columns={[
              { header: 'User name', cell: (u) => <Link className="text-console-link hover:underline" href={`/users/${encodeURIComponent(u.UserName)}`}>{u.UserName}</Link> },
              { header: 'Path', cell: (u) => u.Path },
              { header: <span className="sr-only">Actions</span>, cell: (u) => <ActionButton action={actions.removeUserFromThisGroupAction} fields={{ GroupName, UserName: u.UserName }} label="Remove" accessibleName={`Remove ${u.UserName}`} /> },
            ]}
          />
        </Panel>
        <Panel title="Add users">
          <ReadResultView result={others}>
            {(choices) => <GroupMembershipForm fixed={{ GroupName }} choices={choices} choiceField="UserNames[]" emptyMessage="No other users to display." submitLabel="Add users" action={actions.addUsersToGroupAction} />}
          </ReadResultView>
        </Panel>
      </div>
    )
  } else if (section === 'permissions') {
    const [attached, inline] = await Promise.all([
      readUnderGate(() => listAttachedGroupPolicies(caller, { GroupName, MaxItems: 1000 })),
      readUnderGate(() => listGroupPolicies(caller, { GroupName, MaxItems: 1000 })),
    ])
    const rows = [
      ...(attached.ok ? attached.value.AttachedPolicies.map((p) => ({ key: p.PolicyArn, name: p.PolicyName, href: policyHref(p.PolicyArn), type: policyTypeLabel(p.PolicyArn), fields: { GroupName, PolicyArn: p.PolicyArn }, action: actions.detachGroupPolicyAction })) : []),
      ...(inline.ok ? inline.value.PolicyNames.map((n) => ({ key: `inline:${n}`, name: n, href: `${base}/inline-policies/${encodeURIComponent(n)}`, type: 'Customer inline', fields: { GroupName, PolicyName: n }, action: actions.deleteGroupInlinePolicyAction })) : []),
    ]
    content = (
      <Panel
        title={`Permissions policies (${rows.length})`}
        description="You can attach up to 10 managed policies."
        actions={
          <>
            <Link href={`${base}/attach-policies`} className={buttonClass('primary')}>
              Attach policies
            </Link>
            <Link href={`${base}/inline-policies/new`} className={buttonClass('normal')}>
              Create inline policy
            </Link>
          </>
        }
      >
        <div className="space-y-3">
          <ReadResultView result={attached} />
          <ReadResultView result={inline} />
          <Table
            caption="Permissions policies"
            rows={rows}
            rowKey={(r) => r.key}
            empty="No resources to display"
            columns={[
              { header: 'Policy name', cell: (r) => <Link className="text-console-link hover:underline" href={r.href}>{r.name}</Link> },
              { header: 'Type', cell: (r) => r.type },
              { header: <span className="sr-only">Actions</span>, cell: (r) => <ActionButton action={r.action} fields={r.fields} label="Remove" accessibleName={`Remove ${r.name}`} /> },
            ]}
          />
        </div>
      </Panel>
    )
  } else {
    content = <AccessAdvisorSection caller={caller} subject={{ kind: 'group', arn: Group.Arn }} />
  }

  return (
    <section className="space-y-5">
      <div className="flex items-start justify-between gap-4">
        <h1 className="text-2xl font-bold">{Group.GroupName}</h1>
        <ConfirmDeleteDialog action={deleteGroupAction} fields={{ GroupName: Group.GroupName }} entityName={Group.GroupName} entityLabel="user group name" title={`Delete ${Group.GroupName}?`}>
          <p>Deleting the group removes its users from it and its policies from it first. The users themselves are not deleted.</p>
        </ConfirmDeleteDialog>
      </div>
      <section aria-labelledby="summary" className="rounded-lg border border-console-line bg-white px-5 py-4">
        <h2 id="summary" className="text-lg font-bold">
          Summary
        </h2>
        <dl className="mt-3 grid grid-cols-3 gap-4">
          <div>
            <dt className="text-sm text-console-muted">User group name</dt>
            <dd>{Group.GroupName}</dd>
          </div>
          <div>
            <dt className="text-sm text-console-muted">Creation time</dt>
            <dd>{new Date(Group.CreateDate).toUTCString()}</dd>
          </div>
          <div>
            <dt className="text-sm text-console-muted">ARN</dt>
            <dd className="break-all">{Group.Arn}</dd>
          </div>
        </dl>
      </section>
      <Tabs label="User group details" current={section} tabs={SECTIONS} hrefFor={(id) => `${base}?section=${id}`} />
      {content}
    </section>
  )
}
