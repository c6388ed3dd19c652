// Calls a console server action as a given principal, the way a form would, for the
// gate-coverage test. An error state comes back as a thrown error carrying AWS's code,
// so a case reads like a lib/iam call: AccessDenied for a principal without policies.
import { runConsoleActionAs } from '@/lib/actions/console-action'
import { IDLE, type FormState } from '@/lib/actions/form-state'
import type { Caller } from '@/lib/iam/caller'

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
