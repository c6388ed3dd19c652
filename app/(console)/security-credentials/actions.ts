'use server'
// Credential actions for "My security credentials" and for an administrator's panels
// on a user's Security credentials tab: the same actions, with UserName empty for the
// signed-in principal itself (omitted in AWS = the caller; how root manages its
// own MFA devices) or naming the user. Each runs lib/iam, whose gate decides.
import { headers } from 'next/headers'
import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { consoleAction } from '@/lib/actions/console-action'
import { optionalText } from '@/lib/actions/form-fields'
import type { FormState } from '@/lib/actions/form-state'
import { accessKeyCsv, accessKeyCsvFileName } from '@/lib/credentials/access-key-material'
import { relyingPartyOfRequest } from '@/lib/auth/relying-party-of-request'
import { createAccessKey, createVirtualMFADevice, deactivateMFADevice, deleteAccessKey, deleteVirtualMFADevice, enableMFADevice, updateAccessKey } from '@/lib/iam'
import { isVirtualMfaSerial } from '@/lib/iam/arn'
import { IamError } from '@/lib/iam/errors'
import { finishSecurityKeyRegistration } from '@/lib/iam/mfa/finish-security-key-registration'
import { startSecurityKeyRegistration } from '@/lib/iam/mfa/start-security-key-registration'
import { revokeUserSessions } from '@/lib/iam/sessions/revoke-user-sessions'

/** A success that carries data back to the form (a new key's secret, a QR code), shown once. */
function successWith(message: string, result: Record<string, unknown>): FormState {
  return { status: 'success', message, result }
}

const ZUserNameField = optionalText
const userNameOf = (input: { UserName?: string | undefined }) => (input.UserName ? { UserName: input.UserName } : {})

function revalidateCredentials(userName: string | undefined) {
  revalidatePath('/security-credentials')
  if (userName) revalidatePath(`/users/${encodeURIComponent(userName)}`)
}

// The browser's host decides the relying party; server code run outside a request (the
// gate-coverage test) uses the console's configured URL instead.
async function relyingParty() {
  let list: Awaited<ReturnType<typeof headers>> | null
  try {
    list = await headers()
  } catch {
    list = null
  }
  const configured = new URL(process.env.NEXTAUTH_URL ?? 'http://localhost:3000')
  const rp = list
    ? relyingPartyOfRequest((name) => list.get(name))
    : relyingPartyOfRequest((name) => (name === 'host' ? configured.host : name === 'x-forwarded-proto' ? configured.protocol.slice(0, -1) : null))
  if (!rp) throw new IamError('InvalidInput', 'Passkeys and security keys need the console to be opened at a host name (such as localhost), not an IP address.')
  return rp
}

// --- MFA: authenticator app ---------------------------------------------------------

export const createVirtualMfaDeviceAction = consoleAction({
  input: z.object({ VirtualMFADeviceName: z.string() }),
  run: (caller, input) => createVirtualMFADevice(caller, input),
  onSuccess: ({ VirtualMFADevice: d }) =>
    successWith('Scan the QR code, then enter two consecutive codes.', { serialNumber: d.SerialNumber, qrCodePng: d.QRCodePNG, secret: d.Base32StringSeed }),
})

export const enableMfaDeviceAction = consoleAction({
  input: z.object({
    UserName: ZUserNameField,
    SerialNumber: z.string().min(1),
    AuthenticationCode1: z.string().trim().regex(/^\d{6}$/, 'Enter the 6-digit code from your authenticator app.'),
    AuthenticationCode2: z.string().trim().regex(/^\d{6}$/, 'Enter the next 6-digit code from your authenticator app.'),
  }),
  run: (caller, input) =>
    enableMFADevice(caller, { ...userNameOf(input), SerialNumber: input.SerialNumber, AuthenticationCode1: input.AuthenticationCode1, AuthenticationCode2: input.AuthenticationCode2 }),
  onSuccess: (_r, input) => {
    revalidateCredentials(input.UserName)
    return { status: 'success', message: 'MFA device assigned.' }
  },
})

// --- MFA: passkey or security key ---------------------------------------------------

export const startSecurityKeyRegistrationAction = consoleAction({
  input: z.object({ UserName: ZUserNameField }),
  run: async (caller, input) => startSecurityKeyRegistration(caller, { ...userNameOf(input), RelyingParty: await relyingParty() }),
  onSuccess: ({ Options }) => successWith('Follow your browser to register the passkey or security key.', { options: Options }),
})

export const finishSecurityKeyRegistrationAction = consoleAction({
  input: z.object({ UserName: ZUserNameField, DeviceName: z.string(), response: z.string().max(50_000) }),
  run: async (caller, input) => {
    let response: unknown
    try {
      response = JSON.parse(input.response)
    } catch {
      response = null
    }
    return finishSecurityKeyRegistration(caller, {
      ...userNameOf(input),
      DeviceName: input.DeviceName,
      RelyingParty: await relyingParty(),
      Response: response as never,
    })
  },
  onSuccess: (_r, input) => {
    revalidateCredentials(input.UserName)
    return { status: 'success', message: 'MFA device assigned.' }
  },
})

// --- MFA: remove --------------------------------------------------------------------

// AWS's "Remove" deactivates the device; a virtual device is then deleted too, as the
// console does (a security key is gone once deactivated).
export const removeMfaDeviceAction = consoleAction({
  input: z.object({ UserName: ZUserNameField, SerialNumber: z.string().min(1) }),
  run: async (caller, input) => {
    await deactivateMFADevice(caller, { ...userNameOf(input), SerialNumber: input.SerialNumber })
    if (isVirtualMfaSerial(input.SerialNumber)) await deleteVirtualMFADevice(caller, { SerialNumber: input.SerialNumber })
  },
  onSuccess: (_r, input) => {
    revalidateCredentials(input.UserName)
    return { status: 'success', message: 'MFA device removed.' }
  },
})

// --- Access keys --------------------------------------------------------------------

export const createAccessKeyAction = consoleAction({
  input: z.object({ UserName: ZUserNameField }),
  run: (caller, input) => createAccessKey(caller, userNameOf(input)),
  onSuccess: ({ AccessKey: key }, input) => {
    revalidateCredentials(input.UserName)
    const material = { accessKeyId: key.AccessKeyId, secretAccessKey: key.SecretAccessKey }
    return successWith('Access key created. This is the only time that the secret access key can be viewed or downloaded.', {
      accessKeyId: key.AccessKeyId,
      secretAccessKey: key.SecretAccessKey,
      csv: accessKeyCsv(material),
      csvFileName: accessKeyCsvFileName(key.UserName),
    })
  },
})

export const updateAccessKeyAction = consoleAction({
  input: z.object({ UserName: ZUserNameField, AccessKeyId: z.string().min(1), Status: z.enum(['Active', 'Inactive']) }),
  run: (caller, input) => updateAccessKey(caller, { ...userNameOf(input), AccessKeyId: input.AccessKeyId, Status: input.Status }),
  onSuccess: (_r, input) => {
    revalidateCredentials(input.UserName)
    return { status: 'success', message: input.Status === 'Active' ? 'Access key activated.' : 'Access key deactivated.' }
  },
})

export const deleteAccessKeyAction = consoleAction({
  input: z
    .object({ UserName: ZUserNameField, AccessKeyId: z.string().min(1), confirmation: z.string() })
    .refine((v) => v.confirmation.trim() === v.AccessKeyId, { path: ['confirmation'], message: 'Enter the access key ID to confirm deletion.' }),
  run: (caller, input) => deleteAccessKey(caller, { ...userNameOf(input), AccessKeyId: input.AccessKeyId }),
  onSuccess: (_r, input) => {
    revalidateCredentials(input.UserName)
    return { status: 'success', message: 'Access key deleted.' }
  },
})

// --- Sessions (administrator) -------------------------------------------------------

export const revokeUserSessionsAction = consoleAction({
  input: z.object({ UserName: z.string().min(1) }),
  run: (caller, input) => revokeUserSessions(caller, input),
  onSuccess: ({ RevokedSessionCount }) => ({
    status: 'success',
    message: RevokedSessionCount === 1 ? '1 active session revoked.' : `${RevokedSessionCount} active sessions revoked.`,
  }),
})
