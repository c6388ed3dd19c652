// The console's Switch role and Switch back (IAM User Guide, "Switch from a user to an IAM
// role (console)"). The switch is AssumeRole for one hour (lib/iam/sts assumeRoleForConsole),
// and it is always authorized with the signed-in user's own credentials, also when the
// console is in a role already ("If you then switch to RoleB while you are using RoleA,
// AWS still uses your original credentials to authorize the switch"): the caller is built
// from the console session, never taken from the request's current role. The console
// session then keeps the role session's id (lib/auth/switched-role.ts).
import { z } from 'zod'
import { callerFromConsoleSession, type ActiveConsoleSession } from '@/lib/auth/console-session'
import { accountIdOf } from '@/lib/auth/sign-in'
import { clearSwitchedRole, ROLE_DISPLAY_COLORS, setSwitchedRole, type RoleDisplayColor } from '@/lib/auth/switched-role'
import type { RequestMeta } from '@/lib/iam/caller'
import { iamDatabase } from '@/lib/iam/database'
import { ACCOUNT_ALIAS_PATTERN } from '@/lib/iam/account/account-alias'
import { IAM_PATH_PATTERN } from '@/lib/iam/arn'
import { IamError } from '@/lib/iam/errors'
import { ZRoleName, validationErrorOf } from '@/lib/iam/schemas'
import { assumeRoleForConsole } from '@/lib/iam/sts'
import { MAX_ROLE_DISPLAY_NAME_LENGTH, type RecentRole } from './recent-roles'

/** "You cannot switch roles if you sign in as the AWS account root user." */
export const ROOT_CANNOT_SWITCH_ROLES = 'You cannot switch roles if you sign in as the AWS account root user.'
/** What the console says when the account it is given does not exist. */
export const INVALID_SWITCH_ROLE_INFORMATION = 'Invalid information in one or more fields. Check your information or contact your administrator.'

const ACCOUNT_ID = /^\d{12}$/

export const ZSwitchRoleForm = z.object({
  account: z.string().trim().min(1, 'Enter the account ID or alias.').max(63, 'Enter a 12-digit account ID or an account alias.'),
  // "the combined Path and RoleName cannot exceed 64 characters" for Switch Role.
  roleName: z.string().trim().min(1, 'Enter the IAM role name.').max(64, 'The path and role name together can have up to 64 characters.'),
  displayName: z
    .string()
    .trim()
    .max(MAX_ROLE_DISPLAY_NAME_LENGTH, `The display name can have up to ${MAX_ROLE_DISPLAY_NAME_LENGTH} characters.`)
    .regex(/^[^\u0000-\u001f\u007f]*$/, 'The display name cannot contain control characters.')
    .optional(),
  color: z.enum(ROLE_DISPLAY_COLORS).default('none'),
})
export type TSwitchRoleForm = z.input<typeof ZSwitchRoleForm>

const ZRoleNameField = z.strictObject({ roleName: ZRoleName })

export interface SwitchRoleResult {
  /** What the role history keeps of it. */
  recent: RecentRole
  /** arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION */
  arn: string
  roleArn: string
  expiration: Date
}

/**
 * "IAM role name": the role's name, or its path and name ("If your administrator created
 * the role with a path, ... you must type that complete path and name"), 64 characters
 * together at most ("a limit of the browser cookies that store the role name").
 */
function roleOf(text: string): { roleName: string; path: string } {
  const slash = text.lastIndexOf('/')
  const roleName = text.slice(slash + 1)
  const parsed = ZRoleNameField.safeParse({ roleName })
  if (!parsed.success) throw validationErrorOf(parsed.error, { roleName })
  const prefix = text.slice(0, slash + 1).replace(/^\/+/, '')
  const path = prefix ? `/${prefix}` : '/'
  if (!IAM_PATH_PATTERN.test(path)) throw new IamError('ValidationError', INVALID_SWITCH_ROLE_INFORMATION, { field: 'roleName' })
  return { roleName, path }
}

async function accountOf(text: string): Promise<{ accountId: string; account: string }> {
  if (ACCOUNT_ID.test(text)) return { accountId: text, account: text }
  const alias = text.toLowerCase()
  // An alias as CreateAccountAlias allows it, checked before it is looked up.
  const accountId = ACCOUNT_ALIAS_PATTERN.test(alias) ? await accountIdOf(iamDatabase(), alias) : null
  if (!accountId) throw new IamError('ValidationError', INVALID_SWITCH_ROLE_INFORMATION, { field: 'account' })
  return { accountId, account: alias }
}

/** The console session was revoked or expired while the switch was being made. */
const CONSOLE_SESSION_ENDED = 'Your console session has ended. Sign in again to switch roles.'

/** Switch Role: AssumeRole as the signed-in user, then the console session acts as the role. */
export async function switchRole(session: ActiveConsoleSession, form: TSwitchRoleForm, request?: RequestMeta): Promise<SwitchRoleResult> {
  if (!session.user) throw new IamError('AccessDenied', ROOT_CANNOT_SWITCH_ROLES)
  const input = ZSwitchRoleForm.parse(form)
  const { accountId, account } = await accountOf(input.account)
  const { roleName, path } = roleOf(input.roleName)
  const user = callerFromConsoleSession(session, request)
  const displayName = input.displayName || `${roleName} @ ${account}`.slice(0, MAX_ROLE_DISPLAY_NAME_LENGTH)
  const color: RoleDisplayColor = input.color
  // One transaction: a console session that cannot take the role leaves no role session behind.
  const switched = await assumeRoleForConsole(user, { accountId, roleName, path }, async (tx, roleSessionId) => {
    if (!(await setSwitchedRole(tx, session.id, { roleSessionId, displayName, color }))) {
      throw new IamError('AccessDenied', CONSOLE_SESSION_ENDED)
    }
  })
  return {
    recent: { account, roleName: path === '/' ? roleName : `${path.slice(1)}${roleName}`, displayName, color },
    arn: switched.arn,
    roleArn: switched.roleArn,
    expiration: switched.expiration,
  }
}

/** Switch back: the console acts as the signed-in user again. Needs no permission: it only gives the role up. */
export async function switchBack(session: ActiveConsoleSession): Promise<void> {
  await clearSwitchedRole(iamDatabase(), session.id)
}
