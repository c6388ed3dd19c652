// Calls a console server action as a given principal, the way a form would, for the
// gate-coverage test. An error state comes back as a thrown error carrying AWS's code,
// so a case reads like a lib/iam call: AccessDenied for a principal without policies.
import { runConsoleActionAs } from '@/lib/actions/console-action'
import { IDLE, type FormState } from '@/lib/actions/form-state'
import { createConsoleSession } from '@/lib/auth/console-session'
import type { Caller } from '@/lib/iam/caller'
import { iamDatabase } from '@/lib/iam/database'

export type ServerAction = (previous: FormState, formData: FormData) => Promise<FormState>

export async function callActionAs(caller: Caller, action: ServerAction, fields: Record<string, string | string[]>): Promise<FormState> {
  const formData = new FormData()
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) formData.append(name, v)
  }
  const state = await runConsoleActionAs(caller, () => action(IDLE, formData))
  if (state.status === 'error') throw Object.assign(new Error(state.message), { code: state.code })
  return state
}

/**
 * For the actions about the console session itself (Switch role, Switch back): the caller
 * gets a console session of its own (a row, as sign-in makes it), and the action runs in it.
 */
export async function callSessionActionAs(caller: Caller, action: ServerAction, fields: Record<string, string | string[]>): Promise<FormState> {
  return callActionAs({ ...caller, sessionId: await consoleSessionOf(caller) }, action, fields)
}

/** A new console session row for the caller's user (or root), in the database lib/iam uses. */
export async function consoleSessionOf(caller: Caller): Promise<string> {
  const userId = caller.kind === 'user' ? caller.userId : null
  return createConsoleSession(iamDatabase(), { accountId: caller.accountId, userId, principalArn: caller.arn }, new Date())
}
