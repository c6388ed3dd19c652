// The signed-in principal for the current request, for Server Components, server
// actions and route handlers. The session cookie is only a signed pointer to a
// ConsoleSession row; this checks the row on every request (exists, not revoked, not
// expired), so proxy.ts redirecting cookie-less requests is a convenience, not the check.
import { AsyncLocalStorage } from 'node:async_hooks'
import { cache } from 'react'
import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { prisma } from '@/lib/db/client'
import type { Caller } from '@/lib/iam/caller'
import { sessionSecret } from './auth-options'
import { findActiveConsoleSession, type ActiveConsoleSession } from './console-session'
import { requestMetaFromHeaders } from './request-meta'
import { sessionCookieName } from './session-cookie'
import { sessionIdOfCookie } from './session-id-of-cookie'
import { consoleCallerOf, type ActiveSwitchedRole } from './switched-role'

export interface ConsoleContext {
  /** Who pages and actions act as: the switched role's session while there is one, else the signed-in principal. */
  caller: Caller
  session: ActiveConsoleSession
  switchedRole: ActiveSwitchedRole | null
}

async function sessionIdFromCookie(): Promise<string | null> {
  return sessionIdOfCookie((await cookies()).get(sessionCookieName())?.value, sessionSecret())
}

/** The caller and its session row, or null when signed out; one lookup per request. */
export const getConsoleContext = cache(async (): Promise<ConsoleContext | null> => {
  const sessionId = await sessionIdFromCookie()
  if (!sessionId) return null
  const now = new Date()
  const session = await findActiveConsoleSession(prisma, sessionId, now)
  if (!session) return null
  const headerList = await headers()
  const { caller, switchedRole } = await consoleCallerOf(prisma, session, requestMetaFromHeaders((name) => headerList.get(name)), now)
  return { caller, session, switchedRole }
})

export async function getCaller(): Promise<Caller | null> {
  return (await getConsoleContext())?.caller ?? null
}

/** Where a session that must change its password is sent ("User must create a new password at next sign-in", or an expired one). */
export const CHANGE_PASSWORD_PATH = '/change-password'

// The one server action a session with a pending password change may run (its own
// ChangePassword) enters this scope; every other page and action is redirected.
const pendingPasswordChangeAllowed = new AsyncLocalStorage<true>()

export function allowingPendingPasswordChange<T>(fn: () => Promise<T>): Promise<T> {
  return pendingPasswordChangeAllowed.run(true, fn)
}

/**
 * For pages and actions that need a principal: signed-out requests go to /signin, and
 * a session that must change its password goes to the change-password page, whatever
 * it asked for (a server-side check on every request, not only proxy.ts).
 */
export async function requireConsoleContext(options: { allowPendingPasswordChange?: boolean } = {}): Promise<ConsoleContext> {
  const context = await getConsoleContext()
  if (!context) redirect('/signin')
  const allowed = options.allowPendingPasswordChange || pendingPasswordChangeAllowed.getStore() === true
  if (context.session.passwordChangeRequired && !allowed) redirect(CHANGE_PASSWORD_PATH)
  return context
}

export async function requireCaller(): Promise<Caller> {
  return (await requireConsoleContext()).caller
}
