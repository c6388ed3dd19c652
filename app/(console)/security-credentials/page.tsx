import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { AccessKeysPanel } from '@/components/credentials/access-keys-panel'
import { ACCESS_KEY_ACTIONS, MFA_ACTIONS } from '@/app/(console)/security-credentials/credential-actions'
import { ConsolePasswordPanel } from '@/components/credentials/console-password-panel'
import { loadAccessKeys, loadMfaDevices } from '@/app/(console)/security-credentials/load-credentials'
import { MfaDevicesPanel } from '@/components/credentials/mfa-devices-panel'
import { readUnderGate } from '@/lib/actions/read-under-gate'
import { requireConsoleContext } from '@/lib/auth/current-caller'
import { getLoginProfile } from '@/lib/iam'
import { changePasswordAction } from '@/app/change-password/actions'

export const metadata: Metadata = { title: 'My security credentials' }

// The signed-in principal's own credentials. Every read and change goes through lib/iam
// as that principal (UserName omitted = the caller), so what a user may do here is what
// a self-management policy on ${aws:username} allows, as in AWS.
export default async function MySecurityCredentialsPage() {
  const { caller, session } = await requireConsoleContext()
  const h = await headers()
  const signInUrl = `${h.get('x-forwarded-proto') ?? 'http'}://${h.get('host') ?? 'localhost'}/signin?account=${encodeURIComponent(session.accountAlias ?? caller.accountId)}`
  const userName = caller.kind === 'user' ? caller.userName : null
  const [devices, keys, profile] = await Promise.all([
    loadMfaDevices(caller),
    // The root user's access keys are not offered: AWS advises against them and the API here issues keys to IAM users.
    caller.kind === 'user' ? loadAccessKeys(caller) : null,
    userName ? readUnderGate(() => getLoginProfile(caller, { UserName: userName })) : null,
  ])
  return (
    <section className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">My security credentials</h1>
        <p className="mt-1 text-console-muted">{userName ? `IAM user ${userName}` : 'Root user'}</p>
      </div>
      {caller.kind === 'user' && profile ? (
        <ConsolePasswordPanel
          signInUrl={signInUrl}
          passwordLastChanged={profile.ok ? profile.value.LoginProfile.CreateDate : null}
          action={changePasswordAction}
        />
      ) : null}
      <MfaDevicesPanel devices={devices} actions={MFA_ACTIONS} />
      {keys ? <AccessKeysPanel keys={keys} actions={ACCESS_KEY_ACTIONS} /> : null}
    </section>
  )
}
