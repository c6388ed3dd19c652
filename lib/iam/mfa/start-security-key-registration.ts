// "Assign MFA device" > "Passkey or security key", step 1: the registration options
// for navigator.credentials.create(). AWS has no public API for this; its console calls
// EnableMFADevice in two steps, told apart by iam:RegisterSecurityKey ("Create", then
// "Activate"), so the gate checks iam:EnableMFADevice on the user with that key
// (Service Authorization Reference, IAM: EnableMFADevice's condition keys). Both steps
// share EnableMFADevice's action, so they are not in IAM_OPERATIONS (keyed by action);
// tests/integration/credentials/gate-coverage.test.ts covers them.
import { z } from 'zod'
import type { PublicKeyCredentialCreationOptionsJSON } from '@simplewebauthn/server'
import { securityKeyRegistrationOptions, transportsFromColumn } from '@/lib/credentials/webauthn'
import { defineIamOperation } from '../operation'
import { str } from '../request-context'
import { ZUserName } from '../schemas'
import { assertMfaDeviceQuota, mfaOwnerArn, ownedDevicesWhere, requireMfaOwner } from './mfa-devices'
import { storeChallenge } from './security-key-challenges'

export const ZRelyingParty = z.object({ rpID: z.string().min(1).max(253), expectedOrigin: z.string().url().max(2048) })

export const ZStartSecurityKeyRegistrationInput = z.object({ UserName: ZUserName.optional(), RelyingParty: ZRelyingParty })

export const startSecurityKeyRegistration = defineIamOperation({
  name: 'EnableMFADevice',
  readOnly: false,
  input: ZStartSecurityKeyRegistrationInput,
  resource: (db, input, caller) => mfaOwnerArn(db, caller, input.UserName),
  context: () => ({ 'iam:RegisterSecurityKey': str('Create') }),
  async run(tx, input, caller): Promise<{ Options: PublicKeyCredentialCreationOptionsJSON }> {
    const owner = await requireMfaOwner(tx, caller, input.UserName)
    await assertMfaDeviceQuota(tx, owner)
    const keys = await tx.mfaDevice.findMany({ where: { ...ownedDevicesWhere(owner), type: 'webauthn' } })
    const options = await securityKeyRegistrationOptions({
      rpID: input.RelyingParty.rpID,
      userHandle: owner.userId ?? owner.accountId,
      userName: owner.userName ?? `root@${owner.accountId}`,
      existingKeys: keys.filter((k) => k.credentialId).map((k) => ({ credentialId: k.credentialId!, transports: transportsFromColumn(k.transports) })),
    })
    await storeChallenge(tx, owner, 'registration', options.challenge, new Date())
    return { Options: options }
  },
})
