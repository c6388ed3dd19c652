// Virtual MFA devices: RFC 6238 TOTP (SHA-1, 6 digits, 30-second steps), the only
// kind AWS accepts ("AWS requires a virtual MFA app that produces a six-digit OTP").
// Time is always an input (Unix seconds), never read here, so every rule is testable
// at fixed times.
import { generateSecret, generateSync, generateURI, verifySync } from 'otplib'
import QRCode from 'qrcode'
import { decryptSecret, encryptSecret, type SecretBinding } from './secrets'

export const TOTP_PERIOD_SECONDS = 30
export const TOTP_DIGITS = 6
export const VIRTUAL_MFA_ISSUER = 'Sandbox IAM'

/** One step either side of now at sign-in, for clock drift and the seconds spent typing. */
const SIGN_IN_TOLERANCE_STEPS = 1
/**
 * When enabling a device, code 2 may be from up to 2 steps ago: AWS accepts a pair
 * submitted "too long" after it was generated (the device is then merely out of
 * sync), so the window is wider than at sign-in. Code 1 is always the step before.
 */
const ENABLE_PAST_STEPS = 2
const ENABLE_FUTURE_STEPS = 1

/** A new seed: 20 random bytes (RFC 4226's recommended length for SHA-1), base32 as apps expect. */
export function createVirtualMfaSeed(): { secretBase32: string } {
  return { secretBase32: generateSecret({ length: 20 }) }
}

/**
 * The otpauth:// URI the QR code carries. AWS labels its entries "Amazon Web
 * Services:NAME@ACCOUNT" (issuer prefix, then the user's name at the account alias or
 * id); we do the same with our issuer, e.g. "Sandbox IAM:alice@example-corp".
 */
export function otpauthUri(options: { issuer?: string; accountName: string; secret: string }): string {
  return generateURI({
    issuer: options.issuer ?? VIRTUAL_MFA_ISSUER,
    label: options.accountName,
    secret: options.secret,
    algorithm: 'sha1',
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
  })
}

/** "NAME@ALIAS", or NAME@ACCOUNT-ID when the account has no alias. */
export function virtualMfaAccountName(userName: string, accountAliasOrId: string): string {
  return `${userName}@${accountAliasOrId}`
}

/** The QR code of an otpauth URI as a PNG data URL, for an <img src>. */
export function qrCodeDataUrl(uri: string): Promise<string> {
  return QRCode.toDataURL(uri, { errorCorrectionLevel: 'M', margin: 2, width: 228 })
}

/** The RFC 6238 time step a moment falls in. */
export function timeStepAt(nowSeconds: number): number {
  return Math.floor(nowSeconds / TOTP_PERIOD_SECONDS)
}

/** The code a device shows at a moment (tests and the e2e suite compute codes with it). */
export function totpCodeAt(secretBase32: string, nowSeconds: number, digits: 6 | 8 = TOTP_DIGITS): string {
  return generateSync({ secret: secretBase32, epoch: Math.floor(nowSeconds), digits, algorithm: 'sha1', period: TOTP_PERIOD_SECONDS })
}

const CODE_FORMAT = new RegExp(`^\\d{${TOTP_DIGITS}}$`)

function matchesAtStep(secretBase32: string, code: string, step: number): boolean {
  // epoch at the start of the step with no tolerance: exactly that step, compared in constant time.
  return verifySync({ secret: secretBase32, token: code, epoch: step * TOTP_PERIOD_SECONDS, period: TOTP_PERIOD_SECONDS }).valid
}

/** EnableMFADevice's error (HTTP 403) when the two codes do not check out, worded as AWS's. */
export const INVALID_AUTHENTICATION_CODE = {
  code: 'InvalidAuthenticationCode',
  message: 'Authentication code for device is not valid.',
} as const

/**
 * EnableMFADevice's check: two consecutive codes, code 2 from the step right after
 * code 1's. Returns the step of code 2, to store as the device's last accepted step so
 * neither code can then be used to sign in.
 */
export function verifyTwoConsecutiveCodes(
  secretBase32: string,
  code1: string,
  code2: string,
  nowSeconds: number,
): { ok: true; timeStep: number } | { ok: false; error: typeof INVALID_AUTHENTICATION_CODE } {
  const c1 = code1.trim()
  const c2 = code2.trim()
  const refused = { ok: false, error: INVALID_AUTHENTICATION_CODE } as const
  if (!CODE_FORMAT.test(c1) || !CODE_FORMAT.test(c2)) return refused
  const now = timeStepAt(nowSeconds)
  for (let step = now + ENABLE_FUTURE_STEPS; step >= Math.max(1, now - ENABLE_PAST_STEPS); step--) {
    if (matchesAtStep(secretBase32, c2, step) && matchesAtStep(secretBase32, c1, step - 1)) return { ok: true, timeStep: step }
  }
  return refused
}

export type SignInCodeResult = { ok: true; timeStep: number } | { ok: false; reason: 'invalid' | 'reused' }

/**
 * A sign-in code: accepted within one step of now, and only once: a code whose step
 * is at or before the last accepted one is refused as reused, so a code seen over a
 * shoulder or replayed from a log is useless.
 */
export function verifySignInCode(
  secretBase32: string,
  code: string,
  nowSeconds: number,
  lastAcceptedTimeStep: number | null,
): SignInCodeResult {
  const token = code.trim()
  if (!CODE_FORMAT.test(token)) return { ok: false, reason: 'invalid' }
  const now = timeStepAt(nowSeconds)
  let reused = false
  for (let step = now - SIGN_IN_TOLERANCE_STEPS; step <= now + SIGN_IN_TOLERANCE_STEPS; step++) {
    if (!matchesAtStep(secretBase32, token, step)) continue
    if (lastAcceptedTimeStep !== null && step <= lastAcceptedTimeStep) {
      reused = true
      continue
    }
    return { ok: true, timeStep: step }
  }
  return { ok: false, reason: reused ? 'reused' : 'invalid' }
}

/** Where a device's seed is stored: MfaDevice.seedEncrypted of the row with that id. */
export const virtualMfaSeedBinding = (deviceId: string): SecretBinding => ({ table: 'MfaDevice', rowId: deviceId, column: 'seedEncrypted' })

/** Seeds are stored only encrypted (AES-256-GCM under the server's encryption key), readable only in their device's row. */
export function sealVirtualMfaSeed(secretBase32: string, deviceId: string): string {
  return encryptSecret(secretBase32, virtualMfaSeedBinding(deviceId))
}

export function openVirtualMfaSeed(stored: string, deviceId: string): string {
  return decryptSecret(stored, virtualMfaSeedBinding(deviceId))
}
