// Every console server action is built here, so each one has the same shape (STYLE §3):
// read the form -> who is calling -> one lib/iam operation (which runs the gate) ->
// form state for the expected errors, a generic message for the unexpected ones ->
// revalidate or redirect. Actions never touch the database or decide access.
import { AsyncLocalStorage } from 'node:async_hooks'
import type { z } from 'zod'
import { findActiveConsoleSession } from '@/lib/auth/console-session'
import { requireCaller, requireConsoleContext, type ConsoleContext } from '@/lib/auth/current-caller'
import type { Caller } from '@/lib/iam/caller'
import { iamDatabase } from '@/lib/iam/database'
import { isIamError } from '@/lib/iam/errors'
import type { FormState } from './form-state'
import { iamErrorDetails } from './read-under-gate'

// The gate-coverage test runs every server action as a chosen principal. Only server
// code can enter this scope; a request never can, so it is not a way around sign-in.
const actingCaller = new AsyncLocalStorage<Caller>()

export function runConsoleActionAs<T>(caller: Caller, fn: () => Promise<T>): Promise<T> {
  return actingCaller.run(caller, fn)
}

/** FormData to a plain object: repeated names (checkboxes, multi-selects) become arrays. */
export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {}
  for (const key of new Set(formData.keys())) {
    if (key.startsWith('$ACTION')) continue // Next's own fields
    const values = formData.getAll(key).filter((v): v is string => typeof v === 'string')
    out[key] = key.endsWith('[]') || values.length > 1 ? values : (values[0] ?? '')
  }
  return out
}

export interface ConsoleActionDefinition<S extends z.ZodType, R, C = Caller> {
  /** Parses the form's fields; its messages are shown at the fields. */
  input: S
  /** Calls one lib/iam operation (or one lib/console workflow). */
  run(caller: C, input: z.output<S>): Promise<R>
  /**
   * After success, outside the error handling so redirect() works: revalidatePath,
   * redirect, or a success message.
   */
  onSuccess?(result: R, input: z.output<S>): FormState | void | Promise<FormState | void>
}

type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>

function formAction<S extends z.ZodType, R, C>(who: () => Promise<C>, definition: ConsoleActionDefinition<S, R, C>): FormAction {
  return async (_previous, formData) => {
    const caller = await who()
    const parsed = definition.input.safeParse(formDataToObject(formData))
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {}
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? 'form')
        ;(fieldErrors[field] ??= []).push(issue.message)
      }
      return { status: 'error', code: 'ValidationError', message: 'Check the highlighted fields.', fieldErrors }
    }
    let result: R
    try {
      result = await definition.run(caller, parsed.data)
    } catch (error) {
      return errorState(error)
    }
    return (await definition.onSuccess?.(result, parsed.data)) ?? { status: 'success' }
  }
}

export function consoleAction<S extends z.ZodType, R>(definition: ConsoleActionDefinition<S, R>): FormAction {
  return formAction(async () => actingCaller.getStore() ?? (await requireCaller()), definition)
}

/**
 * An action about the console session itself (Switch role, Switch back): it gets the
 * session row and the caller the request acts as. Under runConsoleActionAs, the session
 * is the acting caller's own (its sessionId).
 */
export function consoleSessionAction<S extends z.ZodType, R>(definition: ConsoleActionDefinition<S, R, ConsoleContext>): FormAction {
  return formAction(actingConsoleContext, definition)
}

async function actingConsoleContext(): Promise<ConsoleContext> {
  const acting = actingCaller.getStore()
  if (!acting) return requireConsoleContext()
  const session = acting.sessionId ? await findActiveConsoleSession(iamDatabase(), acting.sessionId, new Date()) : null
  if (!session) throw new Error('runConsoleActionAs: a console session action needs a caller with the id of an active console session')
  return { caller: acting, session, switchedRole: null }
}

export function errorState(error: unknown): FormState {
  if (isIamError(error)) return { status: 'error', ...iamErrorDetails(error) }
  // Not an answer IAM would give: log it for the operator, tell the user nothing internal.
  console.error('console action failed', error)
  return { status: 'error', code: 'ServiceFailure', message: 'The request could not be completed. Try again later.' }
}
