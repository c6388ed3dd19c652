// Gate-coverage cases for the credentials server actions (My security credentials, the
// credential panels of a user's Security credentials tab, Account settings' password
// policy, the change-password page): how to call each one as a given caller, against the
// seeded sandbox (bob). The gate-coverage test expects AccessDenied for a principal
// without policies (and no data changed) and anything but AccessDenied for root.
import * as accountSettingsActions from '@/app/(console)/account-settings/actions'
import * as credentialActions from '@/app/(console)/security-credentials/actions'
import * as changePasswordActions from '@/app/change-password/actions'
import type { Caller } from '@/lib/iam/caller'
import { callActionAs } from '@/tests/support/call-action-as'

const NO_SUCH_KEY = 'AKIAIOSFODNN7EXAMPLE'
const noSuchDevice = (caller: Caller) => `arn:aws:iam::${caller.accountId}:mfa/gate-case-no-such-device`
// Shaped like a browser's answer, so it passes input validation and reaches the gate.
const REGISTRATION_RESPONSE = JSON.stringify({ id: 'gate-case', rawId: 'gate-case', type: 'public-key', response: { clientDataJSON: '', attestationObject: '' } })

export const CREDENTIALS_ACTION_CASES: Record<string, (caller: Caller) => Promise<unknown>> = {
  'app/change-password/actions.ts#changePasswordAction': (caller) =>
    callActionAs(caller, changePasswordActions.changePasswordAction, {
      OldPassword: 'Not-the-old-passw0rd!',
      NewPassword: 'Gate-case-new-Passw0rd!',
      confirmPassword: 'Gate-case-new-Passw0rd!',
      then: 'stay',
    }),
  'app/(console)/account-settings/actions.ts#updatePasswordPolicyAction': (caller) =>
    callActionAs(caller, accountSettingsActions.updatePasswordPolicyAction, {
      mode: 'custom',
      MinimumPasswordLength: '14',
      RequireUppercaseCharacters: 'on',
      RequireLowercaseCharacters: 'on',
      RequireNumbers: 'on',
      RequireSymbols: 'on',
    }),
  'app/(console)/security-credentials/actions.ts#createVirtualMfaDeviceAction': (caller) =>
    callActionAs(caller, credentialActions.createVirtualMfaDeviceAction, { VirtualMFADeviceName: 'gate-case-mfa' }),
  'app/(console)/security-credentials/actions.ts#enableMfaDeviceAction': (caller) =>
    callActionAs(caller, credentialActions.enableMfaDeviceAction, { UserName: 'bob', SerialNumber: noSuchDevice(caller), AuthenticationCode1: '123456', AuthenticationCode2: '654321' }),
  'app/(console)/security-credentials/actions.ts#startSecurityKeyRegistrationAction': (caller) =>
    callActionAs(caller, credentialActions.startSecurityKeyRegistrationAction, { UserName: 'bob' }),
  'app/(console)/security-credentials/actions.ts#finishSecurityKeyRegistrationAction': (caller) =>
    callActionAs(caller, credentialActions.finishSecurityKeyRegistrationAction, { UserName: 'bob', DeviceName: 'gate-case-key', response: REGISTRATION_RESPONSE }),
  'app/(console)/security-credentials/actions.ts#removeMfaDeviceAction': (caller) =>
    callActionAs(caller, credentialActions.removeMfaDeviceAction, { UserName: 'bob', SerialNumber: noSuchDevice(caller) }),
  'app/(console)/security-credentials/actions.ts#createAccessKeyAction': (caller) =>
    callActionAs(caller, credentialActions.createAccessKeyAction, { UserName: 'bob' }),
  'app/(console)/security-credentials/actions.ts#updateAccessKeyAction': (caller) =>
    callActionAs(caller, credentialActions.updateAccessKeyAction, { UserName: 'bob', AccessKeyId: NO_SUCH_KEY, Status: 'Inactive' }),
  'app/(console)/security-credentials/actions.ts#deleteAccessKeyAction': (caller) =>
    callActionAs(caller, credentialActions.deleteAccessKeyAction, { UserName: 'bob', AccessKeyId: NO_SUCH_KEY, confirmation: NO_SUCH_KEY }),
  'app/(console)/security-credentials/actions.ts#revokeUserSessionsAction': (caller) =>
    callActionAs(caller, credentialActions.revokeUserSessionsAction, { UserName: 'bob' }),
}
