// next-auth 4's credentials provider can only sign in or fail with a message, so "the
// password was right, now the MFA step" travels as a failure message the sign-in form
// recognises. It carries the pending sign-in id (a bearer secret, sent only in the
// response to the request that proved the password) and which devices the principal has.
import type { MfaMethods } from './sign-in'

const PREFIX = 'MFA_REQUIRED:'

export interface MfaRequired {
  pendingId: string
  methods: MfaMethods
}

export function mfaRequiredError(value: MfaRequired): string {
  return PREFIX + JSON.stringify(value)
}

/** The pending MFA step in a sign-in error, or null for any other error. */
export function parseMfaRequiredError(error: string | null | undefined): MfaRequired | null {
  if (!error?.startsWith(PREFIX)) return null
  try {
    const value = JSON.parse(error.slice(PREFIX.length)) as MfaRequired
    if (typeof value.pendingId !== 'string' || typeof value.methods !== 'object' || value.methods === null) return null
    return { pendingId: value.pendingId, methods: { totp: value.methods.totp === true, securityKey: value.methods.securityKey === true } }
  } catch {
    return null
  }
}
