// Facts a server request reads more than once (one page asks the gate for every row it
// shows), loaded once per request. React's cache() gives each request (a page render, a
// server action) its own scope and memoizes nothing outside one (tests, scripts), so
// nothing here outlives a request or is shared between requests: a change made by
// another request, or by another server on the same database, is seen by the next
// request as before. A write clears the scope (forgetRequestMemo), so that later calls
// of the same request see what it changed.
import { cache } from 'react'

type Scope = WeakMap<object, Map<string, Promise<unknown>>>

const requestScope = cache((): Scope => new WeakMap())

/** `load()` once per request for `key` within `owner` (a database); a failed load is not kept. */
export function memoizedForRequest<T>(owner: object, key: string, load: () => Promise<T>): Promise<T> {
  const scope = requestScope()
  let memo = scope.get(owner)
  if (!memo) scope.set(owner, (memo = new Map()))
  const known = memo.get(key) as Promise<T> | undefined
  if (known) return known
  const loading = load()
  memo.set(key, loading)
  loading.catch(() => memo.delete(key))
  return loading
}

/** Drops what this request has memoized (after a write, which may have changed it). */
export function forgetRequestMemo(owner: object): void {
  requestScope().delete(owner)
}
