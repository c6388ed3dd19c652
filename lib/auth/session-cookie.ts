// One session cookie name per scheme. Over HTTPS only the __Secure- name is read: the
// browser accepts that prefix only from a secure origin, so a cookie planted over plain
// HTTP (by a network attacker, or a sibling site on the same host) cannot stand in for
// it. Over HTTP the __Secure- cookie cannot exist, so only the plain name is read.
// next-auth writes the same name: auth-options.ts passes useSecureCookies from here.

export const SECURE_SESSION_COOKIE = '__Secure-next-auth.session-token'
export const PLAIN_SESSION_COOKIE = 'next-auth.session-token'

/** Whether the console is served over HTTPS, as NEXTAUTH_URL (its public URL) says. */
export function usesSecureCookies(consoleUrl: string | undefined = process.env.NEXTAUTH_URL): boolean {
  return consoleUrl?.trim().toLowerCase().startsWith('https://') ?? false
}

export function sessionCookieName(consoleUrl: string | undefined = process.env.NEXTAUTH_URL): string {
  return usesSecureCookies(consoleUrl) ? SECURE_SESSION_COOKIE : PLAIN_SESSION_COOKIE
}
