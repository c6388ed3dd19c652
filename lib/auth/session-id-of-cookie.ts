// The session cookie is a next-auth JWT whose only claim is the ConsoleSession id
// (auth-options.ts); the row, not the cookie, decides whether the session is live.
import { decode } from 'next-auth/jwt'

/** The ConsoleSession id a session cookie points to, or null. */
export async function sessionIdOfCookie(value: string | undefined, secret: string): Promise<string | null> {
  if (!value) return null
  try {
    const token = await decode({ token: value, secret })
    return typeof token?.sid === 'string' ? token.sid : null
  } catch {
    // A cookie we cannot decrypt (old secret, tampering) is no session.
    return null
  }
}
