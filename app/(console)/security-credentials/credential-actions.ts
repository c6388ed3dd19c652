// The server actions the credential panels call, gathered once so the two pages that
// render the panels (My security credentials, a user's Security credentials tab) wire
// them the same way.
import {
  createAccessKeyAction,
  createVirtualMfaDeviceAction,
  deleteAccessKeyAction,
  enableMfaDeviceAction,
  finishSecurityKeyRegistrationAction,
  removeMfaDeviceAction,
  startSecurityKeyRegistrationAction,
  updateAccessKeyAction,
} from './actions'
import type { AccessKeyActions } from '@/components/credentials/access-keys-panel'
import type { MfaActions } from '@/components/credentials/mfa-devices-panel'

export const MFA_ACTIONS: MfaActions = {
  createVirtual: createVirtualMfaDeviceAction,
  enable: enableMfaDeviceAction,
  startSecurityKey: startSecurityKeyRegistrationAction,
  finishSecurityKey: finishSecurityKeyRegistrationAction,
  remove: removeMfaDeviceAction,
}

export const ACCESS_KEY_ACTIONS: AccessKeyActions = {
  create: createAccessKeyAction,
  update: updateAccessKeyAction,
  remove: deleteAccessKeyAction,
}
