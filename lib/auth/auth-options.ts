// next-auth 4 configuration: a credentials provider backed by lib/auth/sign-in.ts and a
// JWT whose only claim is the ConsoleSession id. The JWT is just a signed pointer; the
// row decides (lib/auth/current-caller.ts), so sign-out and revocation work at once.
import type { AuthOptions } from 'next-auth'
import CredentialsProvider from 'next-auth/providers/credentials'
import { prisma } from '@/lib/db/client'
import { CONSOLE_SESSION_MAX_AGE_SECONDS, revokeConsoleSession } from './console-session'
import { requestMetaFromHeaders } from './request-meta'
import { loadSecret } from '@/lib/credentials/secrets'
import { mfaRequiredError } from './mfa-required-error'
import { signInToConsole, type SignInResult } from './sign-in'
import { completeMfaSignIn } from './sign-in-mfa'
import { relyingPartyOfRequest } from './relying-party-of-request'
import { usesSecureCookies } from './session-cookie'

/** The secret that signs and encrypts the session cookie (NEXTAUTH_SECRET, else ./data/secrets). */
export function sessionSecret(): string {
  return loadSecret('session-secret').toString('base64')
}

// Built on first use, not at import: `next build` imports route modules, and the secret
// file must be created by the running server, not by the build.
let options: AuthOptions | undefined

export function getAuthOptions(): AuthOptions {
  options ??= {
    secret: sessionSecret(),
    // The one cookie name current-caller.ts and proxy.ts read (session-cookie.ts).
    useSecureCookies: usesSecureCookies(),
    session: { strategy: 'jwt', maxAge: CONSOLE_SESSION_MAX_AGE_SECONDS },
    jwt: { maxAge: CONSOLE_SESSION_MAX_AGE_SECONDS },
    pages: { signIn: '/signin', error: '/signin' },
    providers: [
      CredentialsProvider({
        id: 'credentials',
        name: 'Sandbox IAM',
        credentials: {
          kind: { type: 'text' },
          email: { type: 'text' },
          account: { type: 'text' },
          userName: { type: 'text' },
          password: { type: 'password' },
          // The MFA step (kind mfa-code / mfa-security-key): lib/auth/sign-in-mfa.ts.
          pendingId: { type: 'text' },
          code: { type: 'text' },
          response: { type: 'text' },
        },
        async authorize(credentials, req) {
          const headers = (req?.headers ?? {}) as Record<string, string | undefined>
          const header = (name: string) => headers[name]
          const request = requestMetaFromHeaders(header)
          const kind = credentials?.kind
          const result: SignInResult =
            kind === 'mfa-code' || kind === 'mfa-security-key'
              ? await completeMfaSignIn(prisma, credentials, relyingPartyOfRequest(header), request)
              : await signInToConsole(prisma, credentials, request)
          // next-auth hands a thrown message to the client as `error`: our one
          // generic message (or the throttle notice), never a reason; or the
          // pending MFA step, which the sign-in form reads (mfa-required-error.ts).
          if (!result.ok) throw new Error('mfaRequired' in result ? mfaRequiredError(result.mfaRequired) : result.message)
          return { id: result.sessionId }
        },
      }),
    ],
    callbacks: {
      // Only the session id goes into the cookie: no name, email or ARN to go stale.
      async jwt({ token, user }) {
        if (user) return { sid: user.id }
        return { sid: token.sid }
      },
      async session({ session }) {
        return { expires: session.expires }
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === 'string') await revokeConsoleSession(prisma, token.sid, new Date())
      },
    },
  }
  return options
}
