// Runs a table of named cases against lib/iam, in order (later cases may rely on the
// state earlier ones left, as a console session would).
import { expect, test } from 'vitest'
import { IamError } from '@/lib/iam/errors'

export interface OperationCase {
  name: string
  call: () => Promise<unknown>
  /** Matched with toMatchObject against the result. */
  result?: unknown
  /** The IamError expected instead: code, and optionally the exact message (or a pattern) and field. */
  error?: { code: string; message?: string | RegExp; field?: string }
  /** Checks after the call (what is now in the database, ...). */
  then?: (value: unknown) => Promise<void> | void
}

export function runCases(cases: OperationCase[]): void {
  for (const c of cases) {
    test(c.name, async () => {
      const outcome = await c.call().then((value) => ({ value }), (error: unknown) => ({ error }))
      if (c.error) {
        expect('error' in outcome, `expected ${c.error.code}, got ${JSON.stringify('value' in outcome ? outcome.value : null)}`).toBe(true)
        const e = (outcome as { error: unknown }).error
        expect(e).toBeInstanceOf(IamError)
        const error = e as IamError
        expect(error.code).toBe(c.error.code)
        if (typeof c.error.message === 'string') expect(error.message).toBe(c.error.message)
        else if (c.error.message) expect(error.message).toMatch(c.error.message)
        if (c.error.field) expect(error.field).toBe(c.error.field)
        await c.then?.(undefined)
      } else {
        if ('error' in outcome) throw outcome.error
        if (c.result !== undefined) expect(outcome.value).toMatchObject(c.result as object)
        await c.then?.(outcome.value)
      }
    })
  }
}
