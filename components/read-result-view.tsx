// The one way a page shows a read made under the gate: what was read, or AWS's error
// (for AccessDenied, the deciding statement one click away) in its place. Without
// children it shows only the error, for reads whose value is used elsewhere on the page.
import type { ReactNode } from 'react'
import { IamErrorAlert } from '@/components/iam-error-alert'
import type { ReadResult } from '@/lib/actions/read-under-gate'

export function ReadResultView<T>({ result, children }: { result: ReadResult<T>; children?: (value: T) => ReactNode }) {
  if (!result.ok) return <IamErrorAlert code={result.error.code} message={result.error.message} denial={result.error.denial} />
  return children ? children(result.value) : null
}
