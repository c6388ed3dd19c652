// The console's role history: the last roles switched to, kept in the browser as AWS's
// console keeps them (a cookie), shown in the account menu as one-click switches. A
// cookie is client input: it is read with a size limit before anything is decoded, a
// strict schema, and it is only ever a suggestion (a switch from it is AssumeRole again,
// asked of the user's own permissions). It names the user it belongs to, so another user
// signing in on the same browser does not see it.
import { z } from 'zod'
import { ROLE_DISPLAY_COLORS, type RoleDisplayColor } from '@/lib/auth/switched-role'

export const RECENT_ROLES_COOKIE = 'sandbox-iam.role-history'
/** "The last several roles that you used appear on the menu": five, as the console keeps. */
export const MAX_RECENT_ROLES = 5
/**
 * Five entries of the longest valid members (a display name of 64 three-byte characters),
 * base64url-encoded, fit in this, well under a browser's 4 KB per cookie; anything longer
 * is refused unread.
 */
export const MAX_RECENT_ROLES_COOKIE_LENGTH = 2800
/** The console's limit for "Display name - optional". */
export const MAX_ROLE_DISPLAY_NAME_LENGTH = 64

export interface RecentRole {
  /** As typed in "Account ID": 12 digits or the account alias. */
  account: string
  /** The role's path and name as typed in "IAM role name" (path/name, 64 characters at most). */
  roleName: string
  displayName: string
  color: RoleDisplayColor
}

const ZRecentRole = z.strictObject({
  account: z.string().regex(/^(\d{12}|[a-z0-9-]{3,63})$/),
  roleName: z.string().max(64).regex(/^[\w+=,.@/-]+$/),
  displayName: z.string().max(MAX_ROLE_DISPLAY_NAME_LENGTH).regex(/^[^\u0000-\u001f\u007f]+$/),
  color: z.enum(ROLE_DISPLAY_COLORS),
})
const ZRecentRolesCookie = z.strictObject({
  v: z.literal(1),
  /** The id (AIDA…) of the user whose history it is. */
  owner: z.string().max(32).regex(/^AIDA[A-Z0-9]+$/),
  roles: z.array(ZRecentRole).max(MAX_RECENT_ROLES),
})

const BASE64URL = /^[A-Za-z0-9_-]*$/

/** The history in a cookie value, if it is well-formed and belongs to the user `ownerId`; otherwise none. */
export function parseRecentRoles(value: string | undefined, ownerId: string): RecentRole[] {
  if (!value || value.length > MAX_RECENT_ROLES_COOKIE_LENGTH || !BASE64URL.test(value)) return []
  let json: unknown
  try {
    json = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'))
  } catch {
    return []
  }
  const parsed = ZRecentRolesCookie.safeParse(json)
  if (!parsed.success || parsed.data.owner !== ownerId) return []
  return parsed.data.roles
}

/** The history with `role` first (one entry per account and role, in any case), at most MAX_RECENT_ROLES. */
export function withRecentRole(history: readonly RecentRole[], role: RecentRole): RecentRole[] {
  const key = (r: RecentRole) => `${r.account.toLowerCase()}\n${r.roleName.toLowerCase()}`
  return [role, ...history.filter((r) => key(r) !== key(role))].slice(0, MAX_RECENT_ROLES)
}

/** The cookie value for a history (what parseRecentRoles reads back). */
export function recentRolesCookieValue(history: readonly RecentRole[], ownerId: string): string {
  const roles = history.slice(0, MAX_RECENT_ROLES).map((r) => ZRecentRole.parse(r))
  return Buffer.from(JSON.stringify({ v: 1, owner: ownerId, roles }), 'utf8').toString('base64url')
}
