// The console's Switch role, as AWS's console does it: AssumeRole for one hour, with
// the signed-in user's name as the session name, so the console session can keep just
// the RoleSession id (callerOfRoleSession turns it back into the caller).
import { roleArn } from '../arn'
import type { Caller } from '../caller'
import { IamError } from '../errors'
import { assumeRoleSession, type WithIssuedSession } from './assume-role'

export interface SwitchRoleInput {
  /** The account that owns the role (12 digits). */
  accountId: string
  roleName: string
  /** The role's path, "/" unless the role has one. */
  path?: string
}

export interface SwitchedRole {
  roleSessionId: string
  /** arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION */
  arn: string
  roleArn: string
  expiration: Date
}

/** "Console role sessions last one hour." */
const CONSOLE_ROLE_SESSION_SECONDS = 3600

/** `withIssued` runs in AssumeRole's transaction: the console session switches with it, or not at all. */
export async function assumeRoleForConsole(caller: Caller, input: SwitchRoleInput, withIssued?: WithIssuedSession): Promise<SwitchedRole> {
  if (caller.kind === 'assumed-role') {
    // The console switches from the signed-in user only; it goes back to the user first.
    throw new IamError('ValidationError', 'Switch back to your user before switching to another role.')
  }
  const arn = roleArn(input.accountId, input.path ?? '/', input.roleName)
  // Root has no user name: the session name stays a valid one, and AssumeRole refuses root anyway.
  const sessionName = caller.kind === 'user' ? caller.userName : caller.accountId
  const { response, roleSessionId } = await assumeRoleSession(caller, { RoleArn: arn, RoleSessionName: sessionName, DurationSeconds: CONSOLE_ROLE_SESSION_SECONDS }, withIssued)
  return { roleSessionId, arn: response.AssumedRoleUser.Arn, roleArn: arn, expiration: response.Credentials.Expiration }
}
