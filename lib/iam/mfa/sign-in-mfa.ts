// The MFA step of the console sign-in, for the sign-in code (not gated operations: the
// principal is not signed in yet, and its password has just been checked). A TOTP code
// is accepted once only; a security key's assertion answers a stored challenge and must
// raise its signature counter.
import type { Db } from '@/lib/db/client'
import { openVirtualMfaSeed, verifySignInCode } from '@/lib/credentials/totp'
import {
  securityKeyAuthenticationOptions,
  transportsFromColumn,
  verifySecurityKeyAuthentication,
  type AuthenticationResponseJSON,
  type RelyingParty,
} from '@/lib/credentials/webauthn'
import type { PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/server'
import { ownedDevicesWhere } from './mfa-devices'
import { challengeOfResponse, consumeChallenge, storeChallenge } from './security-key-challenges'

/** The principal signing in: an IAM user, or (userId null) the root user. */
export interface MfaPrincipal {
  accountId: string
  userId: string | null
}

export type MfaCheck = { ok: true; serialNumber: string } | { ok: false; reason: 'invalid' | 'reused' | 'no-device' }

/** Which MFA methods the principal has, for the sign-in's choice between them. */
export async function signInMfaMethods(db: Db, principal: MfaPrincipal): Promise<{ totp: boolean; securityKey: boolean }> {
  const devices = await db.mfaDevice.findMany({ where: ownedDevicesWhere(principal), select: { type: true } })
  return { totp: devices.some((d) => d.type === 'virtual'), securityKey: devices.some((d) => d.type === 'webauthn') }
}

export async function verifyMfaCodeForSignIn(db: Db, principal: MfaPrincipal, code: string, now: Date): Promise<MfaCheck> {
  const devices = await db.mfaDevice.findMany({ where: { ...ownedDevicesWhere(principal), type: 'virtual' } })
  if (devices.length === 0) return { ok: false, reason: 'no-device' }
  let reused = false
  for (const device of devices) {
    const check = await acceptCode(db, device, code, now)
    if (check.ok) return check
    reused ||= check.reason === 'reused'
  }
  return { ok: false, reason: reused ? 'reused' : 'invalid' }
}

/**
 * A code from one named device of the principal (STS's SerialNumber + TokenCode), once
 * only, as at sign-in; 'no-device' when the principal has no enabled virtual device
 * with that serial number.
 */
export async function verifyMfaCodeOfDevice(db: Db, principal: MfaPrincipal, serialNumber: string, code: string, now: Date): Promise<MfaCheck> {
  const device = await db.mfaDevice.findFirst({ where: { ...ownedDevicesWhere(principal), type: 'virtual', serialNumber } })
  if (!device) return { ok: false, reason: 'no-device' }
  return acceptCode(db, device, code, now)
}

async function acceptCode(
  db: Db,
  device: { id: string; serialNumber: string; seedEncrypted: string | null; lastTimeStep: number | null },
  code: string,
  now: Date,
): Promise<MfaCheck> {
  if (!device.seedEncrypted) return { ok: false, reason: 'invalid' }
  const result = verifySignInCode(openVirtualMfaSeed(device.seedEncrypted, device.id), code, now.getTime() / 1000, device.lastTimeStep)
  if (!result.ok) return { ok: false, reason: result.reason }
  // Compare-and-set on the last step: of two concurrent uses of one code, one wins.
  const { count } = await db.mfaDevice.updateMany({
    where: { id: device.id, OR: [{ lastTimeStep: null }, { lastTimeStep: { lt: result.timeStep } }] },
    data: { lastTimeStep: result.timeStep, lastUsedAt: now },
  })
  return count === 1 ? { ok: true, serialNumber: device.serialNumber } : { ok: false, reason: 'reused' }
}

/** Options for navigator.credentials.get() over the principal's keys; null when it has none. */
export async function startSecurityKeyAuthentication(
  db: Db,
  principal: MfaPrincipal,
  relyingParty: RelyingParty,
  now: Date,
): Promise<PublicKeyCredentialRequestOptionsJSON | null> {
  const keys = await db.mfaDevice.findMany({ where: { ...ownedDevicesWhere(principal), type: 'webauthn' } })
  const usable = keys.filter((k) => k.credentialId)
  if (usable.length === 0) return null
  const options = await securityKeyAuthenticationOptions({
    rpID: relyingParty.rpID,
    keys: usable.map((k) => ({ credentialId: k.credentialId!, transports: transportsFromColumn(k.transports) })),
  })
  await storeChallenge(db, principal, 'authentication', options.challenge, now)
  return options
}

export type SecurityKeyCheck =
  | { ok: true; serialNumber: string }
  | { ok: false; reason: 'unknown-key' | 'expired-challenge' | 'cloned-authenticator' | 'invalid'; message: string }

export async function finishSecurityKeyAuthentication(
  db: Db,
  principal: MfaPrincipal,
  response: AuthenticationResponseJSON,
  relyingParty: RelyingParty,
  now: Date,
): Promise<SecurityKeyCheck> {
  const device = await db.mfaDevice.findFirst({ where: { ...ownedDevicesWhere(principal), type: 'webauthn', credentialId: response.id } })
  if (!device?.credentialId || !device.publicKey) return { ok: false, reason: 'unknown-key', message: 'This security key is not registered for this user' }
  const challenge = challengeOfResponse(response.response.clientDataJSON)
  if (!(await consumeChallenge(db, principal, 'authentication', challenge, now))) {
    return { ok: false, reason: 'expired-challenge', message: 'The sign-in request expired or was already used. Try again.' }
  }
  const result = await verifySecurityKeyAuthentication({
    response,
    expectedChallenge: challenge!,
    relyingParty,
    key: { credentialId: device.credentialId, publicKey: device.publicKey, counter: device.counter, transports: transportsFromColumn(device.transports) },
  })
  if (!result.ok) return { ok: false, reason: result.reason === 'wrong-credential' ? 'unknown-key' : result.reason, message: result.message }
  // Compare-and-set on the counter: a concurrent assertion with the same count loses.
  const { count } = await db.mfaDevice.updateMany({
    where: { id: device.id, counter: device.counter },
    data: { counter: result.newCounter, lastUsedAt: now },
  })
  if (count === 0) return { ok: false, reason: 'cloned-authenticator', message: 'The signature counter changed during sign-in' }
  return { ok: true, serialNumber: device.serialNumber }
}
