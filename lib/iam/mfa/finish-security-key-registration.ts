// "Assign MFA device" > "Passkey or security key", step 2: the browser's answer is
// verified against the challenge issued in step 1 (consumed, so it works once), and
// the key becomes an enabled MFA device with its public key and signature counter.
// Gated as iam:EnableMFADevice with iam:RegisterSecurityKey = "Activate" (see step 1).
import { z } from 'zod'
import { transportsToColumn, verifySecurityKeyRegistration, type RegistrationResponseJSON } from '@/lib/credentials/webauthn'
import { IamError } from '../errors'
import { defineIamOperation } from '../operation'
import { str } from '../request-context'
import { ZUserName } from '../schemas'
import { assertMfaDeviceQuota, mfaOwnerArn, requireMfaOwner, securityKeySerial } from './mfa-devices'
import { challengeOfResponse, consumeChallenge } from './security-key-challenges'
import { ZRelyingParty } from './start-security-key-registration'

// The console's "Device name" rule for passkeys and security keys.
export const ZSecurityKeyName = z.string().superRefine((value, ctx) => {
  if (value.length < 1) ctx.addIssue({ code: 'custom', message: 'Member must have length greater than or equal to 1' })
  else if (value.length > 128) ctx.addIssue({ code: 'custom', message: 'Member must have length less than or equal to 128' })
  else if (!/^[\w+=,.@-]+$/.test(value)) ctx.addIssue({ code: 'custom', message: 'Member must satisfy regular expression pattern: [\\w+=,.@-]+' })
})

const ZRegistrationResponse = z.object({
  id: z.string().min(1),
  rawId: z.string(),
  type: z.literal('public-key'),
  response: z.object({ clientDataJSON: z.string(), attestationObject: z.string() }).passthrough(),
}).passthrough()

export const ZFinishSecurityKeyRegistrationInput = z.object({
  UserName: ZUserName.optional(),
  DeviceName: ZSecurityKeyName,
  RelyingParty: ZRelyingParty,
  Response: ZRegistrationResponse,
})

export const finishSecurityKeyRegistration = defineIamOperation({
  name: 'EnableMFADevice',
  readOnly: false,
  input: ZFinishSecurityKeyRegistrationInput,
  resource: (db, input, caller) => mfaOwnerArn(db, caller, input.UserName),
  context: () => ({ 'iam:RegisterSecurityKey': str('Activate') }),
  async run(tx, input, caller): Promise<{ SerialNumber: string }> {
    const owner = await requireMfaOwner(tx, caller, input.UserName)
    const now = new Date()
    const response = input.Response as unknown as RegistrationResponseJSON
    const challenge = challengeOfResponse(response.response.clientDataJSON)
    if (!(await consumeChallenge(tx, owner, 'registration', challenge, now))) {
      throw new IamError('InvalidInput', 'The security key registration has expired or was already used. Start again.', { field: 'Response' })
    }
    const verified = await verifySecurityKeyRegistration({ response, expectedChallenge: challenge!, relyingParty: input.RelyingParty })
    if (!verified.ok) throw new IamError('InvalidInput', `The security key could not be registered: ${verified.message}`, { field: 'Response' })
    await assertMfaDeviceQuota(tx, owner)
    if (await tx.mfaDevice.findUnique({ where: { credentialId: verified.key.credentialId }, select: { id: true } })) {
      throw new IamError('EntityAlreadyExists', 'This security key is already registered.', { field: 'Response' })
    }
    const serialNumber = securityKeySerial(owner, input.DeviceName)
    await tx.mfaDevice.create({
      data: {
        accountId: owner.accountId,
        userId: owner.userId,
        serialNumber,
        name: input.DeviceName,
        type: 'webauthn',
        enabled: true,
        enabledAt: now,
        credentialId: verified.key.credentialId,
        publicKey: new Uint8Array(verified.key.publicKey),
        counter: verified.key.counter,
        transports: transportsToColumn(verified.key.transports),
      },
    })
    return { SerialNumber: serialNumber }
  },
})
