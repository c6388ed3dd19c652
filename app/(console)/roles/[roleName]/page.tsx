import type { Metadata } from 'next'
import Link from 'next/link'
import { AccessAdvisorSection } from '@/app/(console)/access-advisor-section'
import { ActionButton } from '@/components/ui/action-button'
import { buttonClass } from '@/components/ui/button'
import { ConfirmDeleteDialog } from '@/components/ui/confirm-delete-dialog'
import { TagsTab } from '@/components/ui/tags-tab'
import { currentTab, Tabs } from '@/components/ui/tabs'
import { ReadResultView } from '@/components/read-result-view'
import { MaxSessionDurationEditor } from '@/components/roles/max-session-duration-editor'
import { RevokeSessionsDialog } from '@/components/roles/revoke-sessions-dialog'
import { REVOKE_OLDER_SESSIONS_POLICY_NAME } from '@/lib/iam/roles/revoke-role-sessions'
import { readUnderGate } from '@/lib/actions/read-under-gate'
import { requireCaller } from '@/lib/auth/current-caller'
import { policyHref } from '@/components/policies/policy-type'
import { isAwsManagedPolicyArn } from '@/lib/iam/arn'
import { getRole, listAttachedRolePolicies, listRolePolicies, listRoleTags } from '@/lib/iam'
import {
  deleteRoleAction, deleteRolePermissionsBoundaryAction, detachRolePolicyAction, revokeRoleSessionsAction, tagRoleAction, untagRoleAction,
  updateRoleMaxSessionDurationAction,
} from '../actions'

type Params = Promise<{ roleName: string }>
type SearchParams = Promise<Record<string, string | string[] | undefined>>

const TABS = [
  { id: 'permissions', label: 'Permissions' },
  { id: 'trust', label: 'Trust relationships' },
  { id: 'tags', label: 'Tags' },
  { id: 'access_advisor', label: 'Access Advisor' },
  { id: 'revoke_sessions', label: 'Revoke sessions' },
] as const

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: decodeURIComponent((await params).roleName) }
}

export default async function RolePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const caller = await requireCaller()
  const roleName = decodeURIComponent((await params).roleName)
  const tabParam = (await searchParams).tab
  const tab = currentTab(TABS, tabParam)
  const role = await readUnderGate(() => getRole(caller, { RoleName: roleName }))
  const base = `/roles/${encodeURIComponent(roleName)}`
  if (!role.ok) {
    return (
      <section>
        <h1 className="text-2xl font-bold">{roleName}</h1>
        <div className="mt-4">
          <ReadResultView result={role} />
        </div>
      </section>
    )
  }
  const r = role.value.Role
  return (
    <section>
      <nav aria-label="Breadcrumbs" className="text-sm">
        <Link href="/roles" className="text-console-link hover:underline">
          Roles
        </Link>{' '}
        &gt; {r.RoleName}
      </nav>
      <div className="mt-2 flex items-start justify-between">
        <h1 className="text-2xl font-bold">{r.RoleName}</h1>
        <ConfirmDeleteDialog title={`Delete ${r.RoleName}?`} entityName={r.RoleName} entityLabel="role name" action={deleteRoleAction} fields={{ RoleName: r.RoleName }}>
          <p>Deleting this role removes it from your account. Detach its permissions policies and delete its inline policies first.</p>
        </ConfirmDeleteDialog>
      </div>

      <div className="mt-4 rounded-lg border border-console-line bg-white p-5">
        <h2 className="text-lg font-bold">Summary</h2>
        <dl className="mt-3 grid grid-cols-3 gap-4">
          <div>
            <dt className="text-console-muted">Creation date</dt>
            <dd>{new Date(r.CreateDate).toUTCString()}</dd>
          </div>
          <div>
            <dt className="text-console-muted">ARN</dt>
            <dd className="break-all">{r.Arn}</dd>
          </div>
          <div>
            <dt className="text-console-muted">Last activity</dt>
            <dd>{r.RoleLastUsed?.LastUsedDate ? new Date(r.RoleLastUsed.LastUsedDate).toUTCString() : '-'}</dd>
          </div>
          <div>
            <dt className="text-console-muted">Description</dt>
            <dd>{r.Description || '-'}</dd>
          </div>
          <div>
            <dt className="text-console-muted">Maximum session duration</dt>
            <dd>
              <MaxSessionDurationEditor roleName={r.RoleName} seconds={r.MaxSessionDuration} action={updateRoleMaxSessionDurationAction} />
            </dd>
          </div>
        </dl>
      </div>

      <Tabs label="Role details" tabs={TABS} current={tab} hrefFor={(id) => `${base}?tab=${id}`} />
      <div className="rounded-b-lg border border-t-0 border-console-line bg-white p-5">
        {tab === 'permissions' ? <PermissionsTab roleName={r.RoleName} boundaryArn={r.PermissionsBoundary?.PermissionsBoundaryArn} caller={caller} /> : null}
        {tab === 'trust' ? (
          <div>
            <div className="flex items-center justify-between">
              <h2 className="text-lg font-bold">Trusted entities</h2>
              <Link href={`${base}/trust-policy`} className={buttonClass('normal')}>
                Edit trust policy
              </Link>
            </div>
            <p className="text-console-muted">Entities that can assume this role under specified conditions.</p>
            <pre aria-label="Trust policy" className="mt-3 overflow-x-auto rounded bg-gray-50 p-3 font-mono text-sm">
              {prettyJson(r.AssumeRolePolicyDocument)}
            </pre>
          </div>
        ) : null}
        {tab === 'tags' ? <RoleTagsTab roleName={r.RoleName} caller={caller} /> : null}
        {tab === 'access_advisor' ? <AccessAdvisorSection caller={caller} subject={{ kind: 'role', arn: r.Arn }} /> : null}
        {tab === 'revoke_sessions' ? (
          <div>
            <h2 className="text-lg font-bold">Revoke active sessions</h2>
            <p className="mt-1 max-w-3xl text-console-muted">
              If you suspect that the role&apos;s temporary credentials were exposed, revoke all sessions issued for this role before now. Anyone using them loses
              every permission; sessions assumed afterwards keep theirs. The role gets the inline policy {REVOKE_OLDER_SESSIONS_POLICY_NAME}.
            </p>
            <div className="mt-3">
              <RevokeSessionsDialog roleName={r.RoleName} action={revokeRoleSessionsAction} />
            </div>
          </div>
        ) : null}
      </div>
    </section>
  )
}

function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 4)
  } catch {
    return text
  }
}

async function PermissionsTab({ roleName, boundaryArn, caller }: { roleName: string; boundaryArn: string | undefined; caller: Awaited<ReturnType<typeof requireCaller>> }) {
  const base = `/roles/${encodeURIComponent(roleName)}`
  const [attached, inline] = await Promise.all([
    readUnderGate(() => listAttachedRolePolicies(caller, { RoleName: roleName, MaxItems: 1000 })),
    readUnderGate(() => listRolePolicies(caller, { RoleName: roleName, MaxItems: 1000 })),
  ])
  return (
    <div className="space-y-8">
      <div>
        <div className="flex items-center justify-between">
          <h2 className="text-lg font-bold">Permissions policies ({(attached.ok ? attached.value.AttachedPolicies.length : 0) + (inline.ok ? inline.value.PolicyNames.length : 0)})</h2>
          <div className="flex gap-2">
            <Link href={`${base}/attach-policies`} className={buttonClass('normal')}>
              Attach policies
            </Link>
            <Link href={`${base}/inline-policies/new`} className={buttonClass('normal')}>
              Create inline policy
            </Link>
          </div>
        </div>
        <ReadResultView result={attached} />
        <ReadResultView result={inline} />
        <table className="mt-3 w-full border-collapse text-left">
          <thead>
            <tr className="border-b border-console-line">
              <th scope="col" className="px-4 py-2">Policy name</th>
              <th scope="col" className="px-4 py-2">Type</th>
              <th scope="col" className="px-4 py-2" />
            </tr>
          </thead>
          <tbody>
            {(attached.ok ? attached.value.AttachedPolicies : []).map((p) => (
              <tr key={p.PolicyArn} className="border-b border-console-line">
                <td className="px-4 py-2">
                  <Link className="text-console-link hover:underline" href={policyHref(p.PolicyArn)}>
                    {p.PolicyName}
                  </Link>
                </td>
                <td className="px-4 py-2">{isAwsManagedPolicyArn(p.PolicyArn) ? 'AWS managed' : 'Customer managed'}</td>
                <td className="px-4 py-2 text-right">
                  <ActionButton action={detachRolePolicyAction} fields={{ RoleName: roleName, PolicyArn: p.PolicyArn }} label="Remove" accessibleName={`Remove ${p.PolicyName}`} />
                </td>
              </tr>
            ))}
            {(inline.ok ? inline.value.PolicyNames : []).map((name) => (
              <tr key={`inline-${name}`} className="border-b border-console-line">
                <td className="px-4 py-2">
                  <Link className="text-console-link hover:underline" href={`${base}/inline-policies/${encodeURIComponent(name)}`}>
                    {name}
                  </Link>
                </td>
                <td className="px-4 py-2">Customer inline</td>
                <td className="px-4 py-2" />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div>
        <h2 className="text-lg font-bold">Permissions boundary {boundaryArn ? '' : '(not set)'}</h2>
        <p className="text-console-muted">Set a permissions boundary to control the maximum permissions this role can have.</p>
        {boundaryArn ? (
          <div className="mt-2 flex items-center gap-4">
            <span className="break-all">{boundaryArn}</span>
            <ActionButton action={deleteRolePermissionsBoundaryAction} fields={{ RoleName: roleName }} label="Remove boundary" />
          </div>
        ) : null}
        <Link href={`${base}/permissions-boundary`} className={`mt-2 inline-block ${buttonClass('link')}`}>
          {boundaryArn ? 'Change boundary' : 'Set permissions boundary'}
        </Link>
      </div>
    </div>
  )
}

async function RoleTagsTab({ roleName, caller }: { roleName: string; caller: Awaited<ReturnType<typeof requireCaller>> }) {
  const tags = await readUnderGate(() => listRoleTags(caller, { RoleName: roleName }))
  return <ReadResultView result={tags}>{({ Tags }) => <TagsTab tags={Tags} fields={{ RoleName: roleName }} tagAction={tagRoleAction} untagAction={untagRoleAction} />}</ReadResultView>
}
