// Runs a table of named cases against lib/iam, in order (later cases may rely on the
// state earlier ones left, as a console session would).
import { expect, test } from 'vitest'
import { IamError } from '@/lib/iam/errors'

export interface OperationCase {
  name: string
  call: () => Promise<unknown>
  /** Matched with toMatchObject against the result. */
  result?: unknown
  /** The IamError expected instead: code, and optionally the exact message and field. */
  error?: { code: string; message?: string | RegExp; field?: string }
  /** Extra checks after the call (e.g. what is now in the database). */
  then?: () => Promise<void>
}

export function runCases(cases: OperationCase[]): void {
  for (const c of cases) {
    test(c.name, async () => {
      const outcome = await c.call().then((value) => ({ value }), (error: unknown) => ({ error }))
      if (c.error) {
        expect('error' in outcome, `expected ${c.error.code}, got ${JSON.stringify('value' in outcome ? outcome.value : null)}`).toBe(true)
        const error = (outcome as { error: unknown }).error
        expect(error).toBeInstanceOf(IamError)
        const e = error as IamError
        expect(e.code).toBe(c.error.code)
        if (typeof c.error.message === 'string') expect(e.message).toBe(c.error.message)
        else if (c.error.message) expect(e.message).toMatch(c.error.message)
        if (c.error.field) expect(e.field).toBe(c.error.field)
      } else {
        if ('error' in outcome) throw outcome.error
        if (c.result !== undefined) expect(outcome.value).toMatchObject(c.result as object)
      }
      await c.then?.()
    })
  }
}
