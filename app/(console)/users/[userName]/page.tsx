import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { loadAccessKeys, loadMfaDevices } from '@/app/(console)/security-credentials/load-credentials'
import { AccessAdvisorSection } from '@/app/(console)/access-advisor-section'
import { ReadResultView } from '@/components/read-result-view'
import { currentTab, Tabs } from '@/components/ui/tabs'
import { ConfirmDeleteDialog } from '@/components/ui/confirm-delete-dialog'
import { UserGroupsTab } from '@/components/users/user-groups-tab'
import { UserPermissionsTab, type GroupPolicies } from '@/components/users/user-permissions-tab'
import type { ConsoleAccess } from '@/components/users/console-access'
import { UserSecurityCredentialsTab } from './user-security-credentials-tab'
import { UserSummary } from '@/components/users/user-summary'
import { UserTagsTab } from '@/components/users/user-tags-tab'
import { readUnderGate } from '@/lib/actions/read-under-gate'
import { requireConsoleContext } from '@/lib/auth/current-caller'
import {
  getLoginProfile,
  getUser,
  listAttachedGroupPolicies,
  listAccessKeys,
  listAttachedUserPolicies,
  listGroupPolicies,
  listGroups,
  listGroupsForUser,
  listUserPolicies,
  listUserTags,
} from '@/lib/iam'
import { isIamError } from '@/lib/iam/errors'
import * as actions from './actions'

type Params = Promise<{ userName: string }>
type SearchParams = Promise<Record<string, string | string[] | undefined>>

const SECTIONS = [
  { id: 'permissions', label: 'Permissions' },
  { id: 'groups', label: 'Groups' },
  { id: 'tags', label: 'Tags' },
  { id: 'security_credentials', label: 'Security credentials' },
  { id: 'access_advisor', label: 'Access Advisor' },
] as const

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: decodeURIComponent((await params).userName) }
}

export default async function UserDetailsPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { caller, session } = await requireConsoleContext()
  const userName = decodeURIComponent((await params).userName)
  const requested = (await searchParams).section
  const section = currentTab(SECTIONS, requested)
  const UserName = userName
  const now = new Date()

  const user = await readUnderGate(() => getUser(caller, { UserName }))
  if (!user.ok) {
    return (
      <section className="space-y-4">
        <h1 className="text-2xl font-bold">{userName}</h1>
        <ReadResultView result={user} />
      </section>
    )
  }
  const profile = await readUnderGate(() =>
    getLoginProfile(caller, { UserName }).then(
      (r): ConsoleAccess => ({ state: 'enabled', createDate: r.LoginProfile.CreateDate, passwordResetRequired: r.LoginProfile.PasswordResetRequired }),
      // NoSuchEntity is GetLoginProfile's answer for "no console password".
      (error: unknown): ConsoleAccess => {
        if (isIamError(error, 'NoSuchEntity')) return { state: 'disabled' }
        throw error
      },
    ),
  )
  const summaryKeys = await readUnderGate(async () =>
    (await listAccessKeys(caller, { UserName, MaxItems: 1000 })).AccessKeyMetadata.map((k) => ({ accessKeyId: k.AccessKeyId, status: k.Status })),
  )
  const h = await headers()
  const signInUrl = `${h.get('x-forwarded-proto') ?? 'http'}://${h.get('host') ?? 'localhost'}/signin?account=${encodeURIComponent(session.accountAlias ?? caller.accountId)}`
  const base = `/users/${encodeURIComponent(userName)}`

  let content: React.ReactNode
  if (section === 'permissions') {
    const [attached, inline, groups] = await Promise.all([
      readUnderGate(() => listAttachedUserPolicies(caller, { UserName, MaxItems: 1000 })),
      readUnderGate(() => listUserPolicies(caller, { UserName, MaxItems: 1000 })),
      readUnderGate(async () => {
        const { Groups } = await listGroupsForUser(caller, { UserName, MaxItems: 1000 })
        return Promise.all(
          Groups.map(
            async (g): Promise<GroupPolicies> => ({
              groupName: g.GroupName,
              attached: await readUnderGate(() => listAttachedGroupPolicies(caller, { GroupName: g.GroupName, MaxItems: 1000 })),
              inline: await readUnderGate(() => listGroupPolicies(caller, { GroupName: g.GroupName, MaxItems: 1000 })),
            }),
          ),
        )
      }),
    ])
    content = (
      <UserPermissionsTab
        userName={userName}
        attached={attached}
        inline={inline}
        groups={groups}
        boundaryArn={user.value.User.PermissionsBoundary?.PermissionsBoundaryArn}
        actions={{ detach: actions.detachUserPolicyAction, deleteInline: actions.deleteUserInlinePolicyAction, deleteBoundary: actions.deleteUserPermissionsBoundaryAction }}
      />
    )
  } else if (section === 'groups') {
    const [memberOf, allGroups] = await Promise.all([
      readUnderGate(async () => {
        const { Groups } = await listGroupsForUser(caller, { UserName, MaxItems: 1000 })
        return Promise.all(
          Groups.map(async (g) => {
            const attached = await readUnderGate(() => listAttachedGroupPolicies(caller, { GroupName: g.GroupName, MaxItems: 1000 }))
            return { name: g.GroupName, attachedPolicies: attached.ok ? attached.value.AttachedPolicies.map((p) => p.PolicyName).join(', ') || '-' : '-' }
          }),
        )
      }),
      readUnderGate(async () => (await listGroups(caller, { MaxItems: 1000 })).Groups.map((g) => g.GroupName)),
    ])
    content = <UserGroupsTab userName={userName} memberOf={memberOf} allGroups={allGroups} actions={{ remove: actions.removeUserFromGroupAction, add: actions.addUserToGroupsAction }} />
  } else if (section === 'tags') {
    const tags = await readUnderGate(async () => (await listUserTags(caller, { UserName, MaxItems: 1000 })).Tags)
    content = <UserTagsTab userName={userName} tags={tags} />
  } else if (section === 'security_credentials') {
    const [mfaDevices, accessKeys] = await Promise.all([loadMfaDevices(caller, UserName), loadAccessKeys(caller, UserName)])
    content = (
      <UserSecurityCredentialsTab
        userName={userName}
        signInUrl={signInUrl}
        access={profile}
        passwordLastUsed={user.value.User.PasswordLastUsed}
        mfaDevices={mfaDevices}
        accessKeys={accessKeys}
        now={now}
        actions={{ enable: actions.enableConsoleAccessAction, reset: actions.resetPasswordAction, disable: actions.disableConsoleAccessAction }}
      />
    )
  } else {
    content = <AccessAdvisorSection caller={caller} subject={{ kind: 'user', arn: user.value.User.Arn }} />
  }

  return (
    <section className="space-y-5">
      <div className="flex items-start justify-between gap-4">
        <h1 className="text-2xl font-bold">{user.value.User.UserName}</h1>
        <ConfirmDeleteDialog action={actions.deleteUserAction} fields={{ UserName: userName }} entityName={user.value.User.UserName} entityLabel="user name" title={`Delete ${user.value.User.UserName}?`}>
          <p>
            Deleting this user removes, in order, its access keys, console password, MFA devices, inline policies, attached policies and group
            memberships, then the user. This can&apos;t be undone.
          </p>
        </ConfirmDeleteDialog>
      </div>
      <UserSummary user={user.value.User} access={profile} accessKeys={summaryKeys} now={now} />
      <Tabs label="User details" current={section} tabs={SECTIONS} hrefFor={(id) => `${base}?section=${id}`} />
      {content}
    </section>
  )
}
