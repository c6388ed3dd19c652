// Switch role in the console, as the session row keeps it: the RoleSession that AssumeRole
// issued (lib/iam/sts assumeRoleForConsole) and the top bar's display name and colour.
// Every request resolves the role session again, so an expired or deleted one sends the
// console back to the signed-in user, never to anything broader, and a revoked one
// (AWSRevokeOlderSessions) is denied by the gate like any other request of that session.
import type { Db, DbTransaction } from '@/lib/db/client'
import type { AssumedRoleCaller, Caller, RequestMeta } from '@/lib/iam/caller'
import { callerOfRoleSession } from '@/lib/iam/sts'
import { callerFromConsoleSession, type ActiveConsoleSession, type SwitchedRoleOfSession } from './console-session'

/** The console's "Display color - optional" choices. */
export const ROLE_DISPLAY_COLORS = ['none', 'red', 'orange', 'yellow', 'green', 'blue'] as const
export type RoleDisplayColor = (typeof ROLE_DISPLAY_COLORS)[number]

export const isRoleDisplayColor = (value: string): value is RoleDisplayColor => (ROLE_DISPLAY_COLORS as readonly string[]).includes(value)

/** The switched role as the top bar shows it. */
export interface ActiveSwitchedRole {
  displayName: string
  color: RoleDisplayColor
  /** arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION */
  arn: string
  roleArn: string
  accountId: string
}

export interface ConsoleCaller {
  /** Who every page and action acts as: the assumed role while one is switched to, else the signed-in principal. */
  caller: Caller
  switchedRole: ActiveSwitchedRole | null
}

/**
 * The caller a console session acts as. A switched role counts only while its role session
 * resolves to an assumed role; otherwise the session goes back to its user (and forgets
 * the role, so later requests need not look again).
 */
export async function consoleCallerOf(db: Db, session: ActiveConsoleSession, request?: RequestMeta, now: Date = new Date()): Promise<ConsoleCaller> {
  const signedIn = callerFromConsoleSession(session, request)
  const switched = session.switchedRole
  if (!switched) return { caller: signedIn, switchedRole: null }
  // Root never switches; a row saying otherwise must not turn root into a role.
  const role = signedIn.kind === 'user' ? await callerOfRoleSession(db, switched.roleSessionId, request, now) : null
  if (role?.kind !== 'assumed-role') {
    await clearSwitchedRole(db, session.id, switched.roleSessionId)
    return { caller: signedIn, switchedRole: null }
  }
  return { caller: role, switchedRole: activeSwitchedRole(role, switched) }
}

function activeSwitchedRole(role: AssumedRoleCaller, switched: SwitchedRoleOfSession): ActiveSwitchedRole {
  return {
    displayName: switched.displayName || role.roleName,
    color: isRoleDisplayColor(switched.color) ? switched.color : 'none',
    arn: role.arn,
    roleArn: role.roleArn,
    accountId: role.accountId,
  }
}

/** Records the switch on a session that is still active; false when the session has ended meanwhile. */
export async function setSwitchedRole(db: Db | DbTransaction, sessionId: string, role: { roleSessionId: string; displayName: string; color: RoleDisplayColor }, now: Date = new Date()): Promise<boolean> {
  const { count } = await db.consoleSession.updateMany({
    where: { id: sessionId, revokedAt: null, expiresAt: { gt: now } },
    data: { roleSessionId: role.roleSessionId, roleDisplayName: role.displayName, roleDisplayColor: role.color },
  })
  return count === 1
}

/**
 * "Switch back": the session acts as its user again. With `roleSessionId`, only if the
 * session still has that role (a concurrent switch to another role is kept).
 */
export async function clearSwitchedRole(db: Db, sessionId: string, roleSessionId?: string): Promise<void> {
  await db.consoleSession.updateMany({
    where: { id: sessionId, ...(roleSessionId ? { roleSessionId } : {}) },
    data: { roleSessionId: null, roleDisplayName: null, roleDisplayColor: null },
  })
}
