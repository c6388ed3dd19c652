'use client'

import type { ServerAction } from '@/components/ui/action-button'
import Link from 'next/link'
import { useActionState } from 'react'
import { Button, buttonClass } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'
import { TagEditor, type TagRow } from '@/components/ui/tag-editor'
import { IDLE } from '@/lib/actions/form-state'

/** "Manage tags": the whole tag list is edited and saved at once, as in the console. */
export function ManageTagsForm(props: { hiddenFields: Record<string, string>; initial: TagRow[]; cancelHref: string; action: ServerAction }) {
  const [state, formAction, pending] = useActionState(props.action, IDLE)
  return (
    <form action={formAction} className="space-y-4 rounded-lg border border-console-line bg-white px-5 py-4">
      {Object.entries(props.hiddenFields).map(([n, v]) => (
        <input key={n} type="hidden" name={n} value={v} />
      ))}
      <TagEditor initial={props.initial} />
      <FormStatus state={state} />
      <div className="flex justify-end gap-2">
        <Link href={props.cancelHref} className={buttonClass('link')}>
          Cancel
        </Link>
        <Button type="submit" variant="primary" disabled={pending}>
          Save changes
        </Button>
      </div>
    </form>
  )
}
