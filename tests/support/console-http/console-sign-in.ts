// Sign-in as the sign-in form does it through next-auth's credentials provider: GET
// /api/auth/csrf (token + its cookie), then POST /api/auth/callback/credentials with the
// IAM user fields of lib/auth/sign-in.ts (kind, account alias or id, userName, password).
// json=true makes next-auth answer with {url} instead of a redirect; a refused sign-in's
// url carries the thrown message as ?error=.
import type { ConsoleClient, ConsoleResponse } from './console-client'

export interface IamUserCredentials {
  account: string
  userName: string
  password: string
}

/** The csrf token; its cookie is now in the client's jar. */
export async function fetchCsrfToken(client: ConsoleClient): Promise<string> {
  const response = await client.get('/api/auth/csrf')
  if (response.status !== 200) throw new Error(`GET /api/auth/csrf: HTTP ${response.status}`)
  return (JSON.parse(response.body) as { csrfToken: string }).csrfToken
}

export function postCredentials(client: ConsoleClient, csrfToken: string, credentials: IamUserCredentials, localAddress?: string): Promise<ConsoleResponse> {
  const body = new URLSearchParams({ csrfToken, kind: 'iam-user', ...credentials, json: 'true' }).toString()
  return client.post('/api/auth/callback/credentials', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body }, localAddress)
}

/** The message next-auth passed on from a refused sign-in, or null when it signed in. */
export function signInError(response: ConsoleResponse): string | null {
  try {
    const { url } = JSON.parse(response.body) as { url?: string }
    return url ? new URL(url, 'http://x').searchParams.get('error') : `HTTP ${response.status}: ${response.body.slice(0, 200)}`
  } catch {
    return `HTTP ${response.status}: ${response.body.slice(0, 200)}`
  }
}

export async function signIn(client: ConsoleClient, credentials: IamUserCredentials): Promise<void> {
  const response = await postCredentials(client, await fetchCsrfToken(client), credentials)
  const error = signInError(response)
  if (error !== null || ![...client.cookies.keys()].some((k) => k.endsWith('next-auth.session-token'))) {
    throw new Error(`sign-in of ${credentials.userName} failed: ${error ?? 'no session cookie'}`)
  }
}

/** Root's sign-in (email and password), as the sign-in form's "Root user" choice posts it. */
export async function signInAsRoot(client: ConsoleClient, credentials: { email: string; password: string }): Promise<void> {
  const csrfToken = await fetchCsrfToken(client)
  const body = new URLSearchParams({ csrfToken, kind: 'root', ...credentials, json: 'true' }).toString()
  const response = await client.post('/api/auth/callback/credentials', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body })
  const error = signInError(response)
  if (error !== null || ![...client.cookies.keys()].some((k) => k.endsWith('next-auth.session-token'))) {
    throw new Error(`root sign-in failed: ${error ?? 'no session cookie'}`)
  }
}
