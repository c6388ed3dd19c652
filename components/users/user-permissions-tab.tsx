import Link from 'next/link'
import { Fragment } from 'react'
import { ReadResultView } from '@/components/read-result-view'
import { ActionButton, type ServerAction } from '@/components/ui/action-button'
import { buttonClass } from '@/components/ui/button'
import { Panel } from '@/components/ui/panel'
import { Table } from '@/components/ui/table'
import type { ReadResult } from '@/lib/actions/read-under-gate'
import type { AttachedPolicyDto } from '@/lib/iam/dto'
import { policyHref, policyTypeLabel } from '@/components/policies/policy-type'
import { nameOfArn } from '@/lib/iam/arn'

export interface GroupPolicies {
  groupName: string
  attached: ReadResult<{ AttachedPolicies: AttachedPolicyDto[] }>
  inline: ReadResult<{ PolicyNames: string[] }>
}

interface Row {
  key: string
  name: string
  href: string
  type: string
  attachedVia: string
  remove?: { action: ServerAction; fields: Record<string, string> }
}

/** Permissions tab: every policy that applies (directly, inline, through each group), then the boundary. */
export function UserPermissionsTab(props: {
  userName: string
  attached: ReadResult<{ AttachedPolicies: AttachedPolicyDto[] }>
  inline: ReadResult<{ PolicyNames: string[] }>
  groups: ReadResult<GroupPolicies[]>
  boundaryArn: string | undefined
  actions: { detach: ServerAction; deleteInline: ServerAction; deleteBoundary: ServerAction }
}) {
  const { userName } = props
  const base = `/users/${encodeURIComponent(userName)}`
  const rows: Row[] = []
  if (props.attached.ok) {
    for (const p of props.attached.value.AttachedPolicies) {
      rows.push({
        key: `direct:${p.PolicyArn}`, name: p.PolicyName, href: policyHref(p.PolicyArn), type: policyTypeLabel(p.PolicyArn), attachedVia: 'Directly',
        remove: { action: props.actions.detach, fields: { UserName: userName, PolicyArn: p.PolicyArn } },
      })
    }
  }
  if (props.inline.ok) {
    for (const name of props.inline.value.PolicyNames) {
      rows.push({
        key: `inline:${name}`, name, href: `${base}/inline-policies/${encodeURIComponent(name)}`, type: 'Customer inline', attachedVia: 'Inline',
        remove: { action: props.actions.deleteInline, fields: { UserName: userName, PolicyName: name } },
      })
    }
  }
  if (props.groups.ok) {
    for (const g of props.groups.value) {
      if (g.attached.ok) {
        for (const p of g.attached.value.AttachedPolicies) {
          rows.push({ key: `group:${g.groupName}:${p.PolicyArn}`, name: p.PolicyName, href: policyHref(p.PolicyArn), type: policyTypeLabel(p.PolicyArn), attachedVia: `Group ${g.groupName}` })
        }
      }
      if (g.inline.ok) {
        for (const name of g.inline.value.PolicyNames) {
          rows.push({ key: `group-inline:${g.groupName}:${name}`, name, href: `/groups/${encodeURIComponent(g.groupName)}/inline-policies/${encodeURIComponent(name)}`, type: 'Customer inline', attachedVia: `Group ${g.groupName}` })
        }
      }
    }
  }

  return (
    <div className="space-y-5">
      <Panel
        title={`Permissions policies (${rows.length})`}
        description="Permissions are defined by policies attached to the user directly or through groups."
        actions={
          <>
            <Link href={`${base}/add-permissions`} className={buttonClass('primary')}>
              Add permissions
            </Link>
            <Link href={`${base}/inline-policies/new`} className={buttonClass('normal')}>
              Create inline policy
            </Link>
          </>
        }
      >
        <div className="space-y-3">
          <ReadResultView result={props.attached} />
          <ReadResultView result={props.inline} />
          <ReadResultView result={props.groups} />
          {props.groups.ok
            ? props.groups.value.map((g) => (
                <Fragment key={g.groupName}>
                  <ReadResultView result={g.attached} />
                  <ReadResultView result={g.inline} />
                </Fragment>
              ))
            : null}
          <Table
            caption="Permissions policies"
            rows={rows}
            rowKey={(r) => r.key}
            empty="No resources to display"
            columns={[
              { header: 'Policy name', cell: (r) => <Link className="text-console-link hover:underline" href={r.href}>{r.name}</Link> },
              { header: 'Type', cell: (r) => r.type },
              { header: 'Attached via', cell: (r) => r.attachedVia },
              {
                header: <span className="sr-only">Actions</span>,
                cell: (r) => (r.remove ? <ActionButton action={r.remove.action} fields={r.remove.fields} label="Remove" accessibleName={`Remove ${r.name}`} /> : null),
              },
            ]}
          />
        </div>
      </Panel>

      <Panel
        title="Permissions boundary"
        description="Set a permissions boundary to control the maximum permissions this user can have. This is an advanced feature used to delegate permission management to others."
        actions={
          <>
            <Link href={`${base}/permissions-boundary`} className={buttonClass('normal')}>
              {props.boundaryArn ? 'Change boundary' : 'Set permissions boundary'}
            </Link>
            {props.boundaryArn ? <ActionButton action={props.actions.deleteBoundary} fields={{ UserName: userName }} label="Remove boundary" /> : null}
          </>
        }
      >
        {props.boundaryArn ? (
          <p>
            <span className="text-console-muted">Permissions boundary: </span>
            <Link className="text-console-link hover:underline" href={policyHref(props.boundaryArn)}>
              {nameOfArn(props.boundaryArn)}
            </Link>{' '}
            <span className="text-console-muted">({policyTypeLabel(props.boundaryArn)})</span>
          </p>
        ) : (
          <p className="text-console-muted">Permissions boundary (not set)</p>
        )}
      </Panel>
    </div>
  )
}
