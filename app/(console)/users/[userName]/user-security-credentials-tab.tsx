import { revokeUserSessionsAction } from '@/app/(console)/security-credentials/actions'
import { AccessKeysPanel } from '@/components/credentials/access-keys-panel'
import { ACCESS_KEY_ACTIONS, MFA_ACTIONS } from '@/app/(console)/security-credentials/credential-actions'
import type { AccessKeyRow, MfaDeviceRow } from '@/components/credentials/credential-rows'
import { MfaDevicesPanel } from '@/components/credentials/mfa-devices-panel'
import { RevokeSessionsPanel } from '@/components/credentials/revoke-sessions-panel'
import { ActionButton, type ServerAction } from '@/components/ui/action-button'
import type { ConsoleAccess } from '@/components/users/console-access'
import { Panel } from '@/components/ui/panel'
import { ReadResultView } from '@/components/read-result-view'
import { RelativeTime } from '@/components/relative-time'
import type { ReadResult } from '@/lib/actions/read-under-gate'
import { ConsolePasswordForm } from '@/components/users/console-access-forms'

export function UserSecurityCredentialsTab(props: {
  userName: string
  signInUrl: string
  /** GetLoginProfile: enabled, disabled (NoSuchEntity) or the error that hid it. */
  access: ReadResult<ConsoleAccess>
  passwordLastUsed: string | undefined
  /** The user's MFA devices and access keys, each read gated on its own (a denial shows in its panel). */
  mfaDevices: ReadResult<MfaDeviceRow[]>
  accessKeys: ReadResult<AccessKeyRow[]>
  now: Date
  actions: { enable: ServerAction; reset: ServerAction; disable: ServerAction }
}) {
  const { userName } = props
  const access = props.access.ok ? props.access.value : null
  return (
    <div className="space-y-5">
      <Panel title="Console sign-in" actions={access?.state === 'enabled' ? <ActionButton action={props.actions.disable} fields={{ UserName: userName }} label="Disable console access" /> : null}>
        <dl className="grid grid-cols-3 gap-4">
          <div>
            <dt className="text-sm text-console-muted">Console sign-in link</dt>
            <dd className="break-all">{props.signInUrl}</dd>
          </div>
          <div>
            <dt className="text-sm text-console-muted">Console password</dt>
            <dd>
              {access?.state === 'enabled' ? (
                <>
                  Enabled (set <RelativeTime iso={access.createDate} now={props.now} />)
                  {access.passwordResetRequired ? <span className="block text-sm">Password reset required at next sign-in</span> : null}
                </>
              ) : access?.state === 'disabled' ? (
                'Not enabled'
              ) : (
                '-'
              )}
            </dd>
          </div>
          <div>
            <dt className="text-sm text-console-muted">Last console sign-in</dt>
            <dd>{props.passwordLastUsed ? <RelativeTime iso={props.passwordLastUsed} now={props.now} /> : 'Never'}</dd>
          </div>
        </dl>
        <div className="mt-4">
          <ReadResultView result={props.access}>
            {(access) => (
              // One element for both states, so the form (and a new password shown once in its
              // success message) survives the page refresh that follows enabling or resetting.
              <details>
                <summary className="cursor-pointer font-bold text-console-link">{access.state === 'enabled' ? 'Reset password' : 'Enable console access'}</summary>
                <div className="mt-3">
                  <ConsolePasswordForm
                    key="console-password"
                    userName={userName}
                    action={access.state === 'enabled' ? props.actions.reset : props.actions.enable}
                    submitLabel={access.state === 'enabled' ? 'Reset password' : 'Enable console access'}
                  />
                </div>
              </details>
            )}
          </ReadResultView>
        </div>
      </Panel>
      {/* An administrator's view of the same panels as My security credentials: "Remove" on
          an MFA device is how a lost device is taken away (iam:DeactivateMFADevice). */}
      <MfaDevicesPanel userName={userName} devices={props.mfaDevices} actions={MFA_ACTIONS} />
      <AccessKeysPanel userName={userName} keys={props.accessKeys} actions={ACCESS_KEY_ACTIONS} />
      <RevokeSessionsPanel userName={userName} action={revokeUserSessionsAction} />
    </div>
  )
}
