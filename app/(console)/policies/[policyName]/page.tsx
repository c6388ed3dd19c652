import type { Metadata } from 'next'
import { AccessAdvisorSection } from '@/app/(console)/access-advisor-section'
import Link from 'next/link'
import { ActionButton } from '@/components/ui/action-button'
import { buttonClass } from '@/components/ui/button'
import { AttachEntityForm } from '@/components/policies/attach-entity-form'
import { PolicyPermissionsViews } from '@/components/policies/policy-permissions'
import { ConfirmDeleteDialog } from '@/components/ui/confirm-delete-dialog'
import { TagsTab } from '@/components/ui/tags-tab'
import { currentTab, Tabs, type TabItem } from '@/components/ui/tabs'
import { ReadResultView } from '@/components/read-result-view'
import { policyHref, policyTypeLabel } from '@/components/policies/policy-type'
import { readUnderGate } from '@/lib/actions/read-under-gate'
import { requireCaller } from '@/lib/auth/current-caller'
import { getPolicy, getPolicyVersion, listEntitiesForPolicy, listPolicyTags, listPolicyVersions } from '@/lib/iam'
import { isAwsManagedPolicyArn } from '@/lib/iam/arn'
import type { Caller } from '@/lib/iam/caller'
import type { PolicyDto } from '@/lib/iam/dto'
import {
  attachPolicyToEntityAction, deletePolicyAction, deletePolicyVersionAction, detachPolicyFromEntityAction, setDefaultPolicyVersionAction,
  tagPolicyAction, untagPolicyAction,
} from '../actions'
import { resolvePolicyArn } from './resolve-policy-arn'

type Params = Promise<{ policyName: string }>
type SearchParams = Promise<Record<string, string | string[] | undefined>>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: decodeURIComponent((await params).policyName) }
}

const pretty = (text: string) => {
  try {
    return JSON.stringify(JSON.parse(text), null, 4)
  } catch {
    return text
  }
}

export default async function PolicyPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const caller = await requireCaller()
  const name = decodeURIComponent((await params).policyName)
  const sp = await searchParams
  const arn = resolvePolicyArn(name, sp.arn, caller.accountId)
  const result = await readUnderGate(() => getPolicy(caller, { PolicyArn: arn }))
  if (!result.ok) {
    return (
      <section>
        <h1 className="text-2xl font-bold">{name}</h1>
        <div className="mt-4">
          <ReadResultView result={result} />
        </div>
      </section>
    )
  }
  const policy = result.value.Policy
  const awsManaged = isAwsManagedPolicyArn(policy.Arn)
  const tabs: TabItem[] = [
    { id: 'permissions', label: 'Permissions' },
    { id: 'entities', label: 'Entities attached' },
    { id: 'versions', label: 'Policy versions' },
    ...(awsManaged ? [] : [{ id: 'tags', label: 'Tags' }]),
    { id: 'access_advisor', label: 'Access Advisor' },
  ]
  const tab = currentTab(tabs, sp.tab)
  const editHref = `/policies/${encodeURIComponent(policy.PolicyName)}/edit?arn=${encodeURIComponent(policy.Arn)}`
  return (
    <section>
      <nav aria-label="Breadcrumbs" className="text-sm">
        <Link href="/policies" className="text-console-link hover:underline">
          Policies
        </Link>{' '}
        &gt; {policy.PolicyName}
      </nav>
      <div className="mt-2 flex items-start justify-between">
        <h1 className="text-2xl font-bold">{policy.PolicyName}</h1>
        {awsManaged ? null : (
          <div className="flex gap-2">
            <Link href={editHref} className={buttonClass('normal')}>
              Edit
            </Link>
            <ConfirmDeleteDialog title={`Delete ${policy.PolicyName}?`} entityName={policy.PolicyName} entityLabel="policy name" action={deletePolicyAction} fields={{ PolicyArn: policy.Arn }}>
              <p>
                Deleting this policy detaches it from every user, group and role it is attached to ({policy.AttachmentCount}), deletes its other versions, and then
                deletes the policy.
              </p>
            </ConfirmDeleteDialog>
          </div>
        )}
      </div>
      <div className="mt-4 rounded-lg border border-console-line bg-white p-5">
        <h2 className="text-lg font-bold">Policy details</h2>
        <dl className="mt-3 grid grid-cols-3 gap-4">
          <div>
            <dt className="text-console-muted">Type</dt>
            <dd>{policyTypeLabel(policy.Arn, policy.Path)}</dd>
          </div>
          <div>
            <dt className="text-console-muted">Creation time</dt>
            <dd>{new Date(policy.CreateDate).toUTCString()}</dd>
          </div>
          <div>
            <dt className="text-console-muted">Edited time</dt>
            <dd>{new Date(policy.UpdateDate).toUTCString()}</dd>
          </div>
          <div>
            <dt className="text-console-muted">ARN</dt>
            <dd className="break-all">{policy.Arn}</dd>
          </div>
          <div>
            <dt className="text-console-muted">Description</dt>
            <dd>{policy.Description || '-'}</dd>
          </div>
        </dl>
      </div>
      <Tabs label="Policy details" tabs={tabs} current={tab} hrefFor={(id) => policyHref(policy.Arn, id)} />
      <div className="rounded-b-lg border border-t-0 border-console-line bg-white p-5">
        {tab === 'permissions' ? <PermissionsTab caller={caller} policy={policy} editHref={awsManaged ? null : editHref} /> : null}
        {tab === 'entities' ? <EntitiesTab caller={caller} policy={policy} /> : null}
        {tab === 'versions' ? <VersionsTab caller={caller} policy={policy} shown={typeof sp.version === 'string' ? sp.version : undefined} /> : null}
        {tab === 'tags' ? <PolicyTagsTab caller={caller} policy={policy} /> : null}
        {tab === 'access_advisor' ? <AccessAdvisorSection caller={caller} subject={{ kind: 'policy', arn: policy.Arn, name: policy.PolicyName }} /> : null}
      </div>
    </section>
  )
}

async function PermissionsTab({ caller, policy, editHref }: { caller: Caller; policy: PolicyDto; editHref: string | null }) {
  const version = await readUnderGate(() => getPolicyVersion(caller, { PolicyArn: policy.Arn, VersionId: policy.DefaultVersionId }))
  if (!version.ok) return <ReadResultView result={version} />
  const edit = editHref ? (
    <Link href={editHref} className={buttonClass('normal')}>
      Edit
    </Link>
  ) : null
  return <PolicyPermissionsViews document={pretty(version.value.PolicyVersion.Document)} actions={edit} />
}

async function EntitiesTab({ caller, policy }: { caller: Caller; policy: PolicyDto }) {
  const entities = await readUnderGate(() => listEntitiesForPolicy(caller, { PolicyArn: policy.Arn, PolicyUsageFilter: 'PermissionsPolicy' }))
  if (!entities.ok) return <ReadResultView result={entities} />
  const rows = [
    ...entities.value.PolicyUsers.map((u) => ({ type: 'User' as const, name: u.UserName, href: `/users/${encodeURIComponent(u.UserName)}` })),
    ...entities.value.PolicyGroups.map((g) => ({ type: 'Group' as const, name: g.GroupName, href: `/groups/${encodeURIComponent(g.GroupName)}` })),
    ...entities.value.PolicyRoles.map((r) => ({ type: 'Role' as const, name: r.RoleName, href: `/roles/${encodeURIComponent(r.RoleName)}` })),
  ]
  return (
    <div>
      <h2 className="text-lg font-bold">Entities attached ({rows.length})</h2>
      <table className="mt-3 w-full border-collapse text-left">
        <thead>
          <tr className="border-b border-console-line">
            <th scope="col" className="px-4 py-2">Entity name</th>
            <th scope="col" className="px-4 py-2">Entity type</th>
            <th scope="col" className="px-4 py-2" />
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={3} className="px-4 py-6 text-center text-console-muted">No entities attached.</td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={`${row.type}-${row.name}`} className="border-b border-console-line">
                <td className="px-4 py-2">
                  <Link className="text-console-link hover:underline" href={row.href}>
                    {row.name}
                  </Link>
                </td>
                <td className="px-4 py-2">{row.type}</td>
                <td className="px-4 py-2 text-right">
                  <ActionButton
                    action={detachPolicyFromEntityAction}
                    fields={{ PolicyArn: policy.Arn, EntityType: row.type, EntityName: row.name }}
                    label="Detach"
                    accessibleName={`Detach ${row.name}`}
                  />
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
      <AttachEntityForm policyArn={policy.Arn} action={attachPolicyToEntityAction} />
    </div>
  )
}

async function VersionsTab({ caller, policy, shown }: { caller: Caller; policy: PolicyDto; shown: string | undefined }) {
  const versions = await readUnderGate(() => listPolicyVersions(caller, { PolicyArn: policy.Arn }))
  if (!versions.ok) return <ReadResultView result={versions} />
  const awsManaged = isAwsManagedPolicyArn(policy.Arn)
  const shownVersion = shown ? await readUnderGate(() => getPolicyVersion(caller, { PolicyArn: policy.Arn, VersionId: shown })) : null
  return (
    <div>
      <h2 className="text-lg font-bold">Policy versions ({versions.value.Versions.length})</h2>
      <p className="text-console-muted">A managed policy can have up to 5 versions. The default version is the one in effect.</p>
      <table className="mt-3 w-full border-collapse text-left">
        <thead>
          <tr className="border-b border-console-line">
            <th scope="col" className="px-4 py-2">Version</th>
            <th scope="col" className="px-4 py-2">Creation time</th>
            <th scope="col" className="px-4 py-2" />
          </tr>
        </thead>
        <tbody>
          {versions.value.Versions.map((v) => (
            <tr key={v.VersionId} className="border-b border-console-line">
              <td className="px-4 py-2">
                <Link className="text-console-link hover:underline" href={`${policyHref(policy.Arn, 'versions')}&version=${v.VersionId}`}>
                  {v.VersionId}
                  {v.IsDefaultVersion ? ' (Default)' : ''}
                </Link>
              </td>
              <td className="px-4 py-2">{new Date(v.CreateDate).toUTCString()}</td>
              <td className="space-x-2 px-4 py-2 text-right">
                {!awsManaged && !v.IsDefaultVersion ? (
                  <>
                    <ActionButton action={setDefaultPolicyVersionAction} fields={{ PolicyArn: policy.Arn, VersionId: v.VersionId }} label="Set as default" accessibleName={`Set ${v.VersionId} as default`} />
                    <ActionButton action={deletePolicyVersionAction} fields={{ PolicyArn: policy.Arn, VersionId: v.VersionId }} label="Delete" accessibleName={`Delete ${v.VersionId}`} />
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {shownVersion ? (
        !shownVersion.ok ? (
          <ReadResultView result={shownVersion} />
        ) : (
          <div className="mt-4">
            <h3 className="font-bold">{shownVersion.value.PolicyVersion.VersionId}</h3>
            <pre aria-label={`Policy document ${shownVersion.value.PolicyVersion.VersionId}`} className="mt-1 overflow-x-auto rounded bg-gray-50 p-3 font-mono text-sm">
              {pretty(shownVersion.value.PolicyVersion.Document)}
            </pre>
          </div>
        )
      ) : null}
    </div>
  )
}

async function PolicyTagsTab({ caller, policy }: { caller: Caller; policy: PolicyDto }) {
  const tags = await readUnderGate(() => listPolicyTags(caller, { PolicyArn: policy.Arn }))
  if (!tags.ok) return <ReadResultView result={tags} />
  return <TagsTab tags={tags.value.Tags} fields={{ PolicyArn: policy.Arn }} tagAction={tagPolicyAction} untagAction={untagPolicyAction} />
}
