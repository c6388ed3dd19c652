import type { Metadata } from 'next'
import { loadPolicyPickerItems } from '@/app/(console)/load-policy-picker-items'
import { gatedRead, ReadFailureAlert } from '@/components/ui/gated-read'
import { IamErrorAlert } from '@/components/iam-error-alert'
import { PermissionsBoundaryForm } from '@/components/users/permissions-boundary-form'
import { requireCaller } from '@/lib/auth/current-caller'
import { getUser } from '@/lib/iam'
import { putUserPermissionsBoundaryAction } from '../actions'

export const metadata: Metadata = { title: 'Set permissions boundary' }

type Params = Promise<{ userName: string }>

export default async function PermissionsBoundaryPage({ params }: { params: Params }) {
  const caller = await requireCaller()
  const UserName = decodeURIComponent((await params).userName)
  const [user, policies] = await Promise.all([gatedRead(() => getUser(caller, { UserName })), loadPolicyPickerItems(caller)])
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">Set permissions boundary for {UserName}</h1>
      <p className="text-console-muted">Choose a managed policy to use as the permissions boundary: it sets the maximum permissions the user&apos;s policies can grant.</p>
      {!user.ok ? (
        <ReadFailureAlert error={user.error} />
      ) : policies.error ? (
        <IamErrorAlert code={policies.error.code} message={policies.error.message} />
      ) : (
        <PermissionsBoundaryForm
          hiddenFields={{ userName: UserName }}
          cancelHref={`/users/${encodeURIComponent(UserName)}`}
          policies={policies.items}
          current={user.value.User.PermissionsBoundary?.PermissionsBoundaryArn}
          action={putUserPermissionsBoundaryAction}
        />
      )}
    </section>
  )
}
