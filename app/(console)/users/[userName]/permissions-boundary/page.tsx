import type { Metadata } from 'next'
import { loadPolicyPickerItems } from '@/app/(console)/load-policy-picker-items'
import { ReadResultView } from '@/components/read-result-view'
import { PermissionsBoundaryForm } from '@/components/users/permissions-boundary-form'
import { readUnderGate } from '@/lib/actions/read-under-gate'
import { requireCaller } from '@/lib/auth/current-caller'
import { getUser } from '@/lib/iam'
import { putUserPermissionsBoundaryAction } from '../actions'

export const metadata: Metadata = { title: 'Set permissions boundary' }

type Params = Promise<{ userName: string }>

export default async function PermissionsBoundaryPage({ params }: { params: Params }) {
  const caller = await requireCaller()
  const UserName = decodeURIComponent((await params).userName)
  const [user, policies] = await Promise.all([readUnderGate(() => getUser(caller, { UserName })), loadPolicyPickerItems(caller)])
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">Set permissions boundary for {UserName}</h1>
      <p className="text-console-muted">Choose a managed policy to use as the permissions boundary: it sets the maximum permissions the user&apos;s policies can grant.</p>
      <ReadResultView result={user}>
        {(user) => (
          <ReadResultView result={policies}>
            {(items) => (
              <PermissionsBoundaryForm
                hiddenFields={{ UserName }}
                cancelHref={`/users/${encodeURIComponent(UserName)}`}
                policies={items}
                current={user.User.PermissionsBoundary?.PermissionsBoundaryArn}
                action={putUserPermissionsBoundaryAction}
              />
            )}
          </ReadResultView>
        )}
      </ReadResultView>
    </section>
  )
}
