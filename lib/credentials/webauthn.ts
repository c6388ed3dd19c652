// Security keys and passkeys (WebAuthn) as MFA devices: typed wrappers over
// @simplewebauthn/server 14 that fix this console's choices in one place (relying party
// "Sandbox IAM" on the request's host, no attestation, user verification preferred)
// and return exactly what the MfaDevice row stores.
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server'
import { isoBase64URL, parseAuthenticatorData } from '@simplewebauthn/server/helpers'
import { isIP } from 'node:net'

export type { AuthenticationResponseJSON, RegistrationResponseJSON }

/** WebAuthn's AuthenticatorTransport values, including the newer 'hybrid' and 'smart-card'. */
export type SecurityKeyTransport = 'ble' | 'cable' | 'hybrid' | 'internal' | 'nfc' | 'smart-card' | 'usb'

export const WEBAUTHN_RP_NAME = 'Sandbox IAM'
/** How long the browser waits for the authenticator (WebAuthn's recommended default). */
export const WEBAUTHN_TIMEOUT_MS = 60_000

/** What an MfaDevice row keeps of a registered credential. */
export type StoredSecurityKey = {
  /** base64url, as the browser reports it (MfaDevice.credentialId). */
  credentialId: string
  /** The COSE public key (MfaDevice.publicKey, Prisma Bytes). */
  publicKey: Uint8Array
  /** The last signature counter seen (MfaDevice.counter). */
  counter: number
  transports: SecurityKeyTransport[]
}

export type RelyingParty = { rpID: string; expectedOrigin: string }

/**
 * The relying party for a request: the rpID is the host name without its port, the
 * expected origin the full scheme://host[:port]. Browsers refuse WebAuthn on IP
 * addresses, so an IP host is an error that says what to do instead.
 */
export function relyingPartyFromHost(host: string, protocol: 'http:' | 'https:'): RelyingParty {
  let url: URL
  try {
    url = new URL(`${protocol}//${host}`)
  } catch {
    throw new Error(`Not a host: "${host}"`)
  }
  const hostname = url.hostname.replace(/^\[|\]$/g, '')
  if (isIP(hostname)) {
    throw new Error(`Security keys need a host name, not the IP address ${hostname}: open the console at localhost or its DNS name`)
  }
  return { rpID: hostname, expectedOrigin: url.origin }
}

/**
 * Options for navigator.credentials.create(): the user's existing keys are excluded so
 * the same authenticator cannot be registered twice.
 */
export function securityKeyRegistrationOptions(args: {
  rpID: string
  /** A stable user handle: the IAM user id (AIDA...) or, for the root user, the account id. */
  userHandle: string
  userName: string
  userDisplayName?: string
  existingKeys: readonly Pick<StoredSecurityKey, 'credentialId' | 'transports'>[]
  /** Only for tests; by default a random 32-byte challenge. */
  challenge?: Uint8Array
}): Promise<PublicKeyCredentialCreationOptionsJSON> {
  return generateRegistrationOptions({
    rpName: WEBAUTHN_RP_NAME,
    rpID: args.rpID,
    userName: args.userName,
    userDisplayName: args.userDisplayName ?? args.userName,
    userID: new TextEncoder().encode(args.userHandle),
    attestationType: 'none',
    timeout: WEBAUTHN_TIMEOUT_MS,
    excludeCredentials: args.existingKeys.map((key) => ({ id: key.credentialId, transports: [...key.transports] })),
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
    ...(args.challenge ? { challenge: new Uint8Array(args.challenge) } : {}),
  })
}

export type RegistrationResult = { ok: true; key: StoredSecurityKey } | { ok: false; message: string }

/** Verifies the browser's answer to the registration options issued with `expectedChallenge`. */
export async function verifySecurityKeyRegistration(args: {
  response: RegistrationResponseJSON
  expectedChallenge: string
  relyingParty: RelyingParty
}): Promise<RegistrationResult> {
  try {
    const result = await verifyRegistrationResponse({
      response: args.response,
      expectedChallenge: args.expectedChallenge,
      expectedOrigin: args.relyingParty.expectedOrigin,
      expectedRPID: args.relyingParty.rpID,
      requireUserVerification: false,
    })
    if (!result.verified) return { ok: false, message: 'The security key response could not be verified' }
    const { credential } = result.registrationInfo
    return {
      ok: true,
      key: {
        credentialId: credential.id,
        publicKey: credential.publicKey,
        counter: credential.counter,
        transports: (credential.transports ?? []).filter(isTransport),
      },
    }
  } catch (err) {
    return { ok: false, message: (err as Error).message }
  }
}

/** Options for navigator.credentials.get(), allowing only the user's registered keys. */
export function securityKeyAuthenticationOptions(args: {
  rpID: string
  keys: readonly Pick<StoredSecurityKey, 'credentialId' | 'transports'>[]
  /** Only for tests; by default a random 32-byte challenge. */
  challenge?: Uint8Array
}): Promise<PublicKeyCredentialRequestOptionsJSON> {
  return generateAuthenticationOptions({
    rpID: args.rpID,
    allowCredentials: args.keys.map((key) => ({ id: key.credentialId, transports: [...key.transports] })),
    userVerification: 'preferred',
    timeout: WEBAUTHN_TIMEOUT_MS,
    ...(args.challenge ? { challenge: new Uint8Array(args.challenge) } : {}),
  })
}

export type AuthenticationResult =
  | { ok: true; newCounter: number }
  | { ok: false; reason: 'wrong-credential' | 'cloned-authenticator' | 'invalid'; message: string }

/**
 * Verifies a sign-in assertion made with `key`. On success, store `newCounter`.
 * A counter that fails to increase is refused as a possibly cloned authenticator.
 */
export async function verifySecurityKeyAuthentication(args: {
  response: AuthenticationResponseJSON
  expectedChallenge: string
  relyingParty: RelyingParty
  key: StoredSecurityKey
}): Promise<AuthenticationResult> {
  if (args.response.id !== args.key.credentialId) {
    return { ok: false, reason: 'wrong-credential', message: 'The response is for a different security key' }
  }
  let received: number
  try {
    received = signatureCounterOf(args.response.response.authenticatorData)
  } catch (err) {
    return { ok: false, reason: 'invalid', message: (err as Error).message }
  }
  if (!signatureCounterAcceptable(args.key.counter, received)) {
    return {
      ok: false,
      reason: 'cloned-authenticator',
      message: `Signature counter ${received} did not increase past ${args.key.counter}: the security key may have been cloned`,
    }
  }
  try {
    const result = await verifyAuthenticationResponse({
      response: args.response,
      expectedChallenge: args.expectedChallenge,
      expectedOrigin: args.relyingParty.expectedOrigin,
      expectedRPID: args.relyingParty.rpID,
      credential: {
        id: args.key.credentialId,
        // A copy: Prisma hands Bytes over as Uint8Array views the library's type does not accept.
        publicKey: new Uint8Array(args.key.publicKey),
        counter: args.key.counter,
        transports: [...args.key.transports],
      },
      requireUserVerification: false,
    })
    if (!result.verified) return { ok: false, reason: 'invalid', message: 'The security key signature could not be verified' }
    return { ok: true, newCounter: result.authenticationInfo.newCounter }
  } catch (err) {
    return { ok: false, reason: 'invalid', message: (err as Error).message }
  }
}

/**
 * WebAuthn §7.2 (verifying an authentication assertion), the signCount step: when either the stored or the received signature
 * counter is non-zero, the received one must be greater. Authenticators without a
 * counter (many passkeys) always report 0 and pass; a counter that stays put or goes
 * back means two copies of the key are in use.
 */
export function signatureCounterAcceptable(stored: number, received: number): boolean {
  if (stored === 0 && received === 0) return true
  return received > stored
}

/** The signature counter in an assertion's authenticatorData (base64url): bytes 33-36, big-endian. */
export function signatureCounterOf(authenticatorDataBase64Url: string): number {
  const bytes = isoBase64URL.toBuffer(authenticatorDataBase64Url)
  if (bytes.length < 37) throw new Error('authenticatorData is too short')
  return parseAuthenticatorData(bytes).counter
}

const TRANSPORTS: readonly SecurityKeyTransport[] = ['ble', 'cable', 'hybrid', 'internal', 'nfc', 'smart-card', 'usb']

function isTransport(value: string): value is SecurityKeyTransport {
  return (TRANSPORTS as readonly string[]).includes(value)
}

/** MfaDevice.transports is comma-separated text; null when the browser reported none. */
export function transportsToColumn(transports: readonly string[]): string | null {
  const known = transports.filter(isTransport)
  return known.length ? known.join(',') : null
}

export function transportsFromColumn(column: string | null | undefined): SecurityKeyTransport[] {
  return (column ?? '').split(',').map((t) => t.trim()).filter(isTransport)
}
