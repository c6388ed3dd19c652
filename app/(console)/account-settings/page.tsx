import type { Metadata } from 'next'
import { PasswordPolicyPanel } from '@/components/account-settings/password-policy-panel'
import { ReadResultView } from '@/components/read-result-view'
import { readUnderGate } from '@/lib/actions/read-under-gate'
import { requireCaller } from '@/lib/auth/current-caller'
import { getAccountPasswordPolicy } from '@/lib/iam'
import { isIamError } from '@/lib/iam/errors'
import { updatePasswordPolicyAction } from './actions'

export const metadata: Metadata = { title: 'Account settings' }

export default async function AccountSettingsPage() {
  const caller = await requireCaller()
  const policy = await readUnderGate(() =>
    getAccountPasswordPolicy(caller, {}).then(
      (r) => r.PasswordPolicy,
      // NoSuchEntity is GetAccountPasswordPolicy's answer for "the IAM default applies".
      (error: unknown) => {
        if (isIamError(error, 'NoSuchEntity')) return null
        throw error
      },
    ),
  )
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-bold">Account settings</h1>
      <ReadResultView result={policy}>{(policy) => <PasswordPolicyPanel policy={policy} action={updatePasswordPolicyAction} />}</ReadResultView>
    </section>
  )
}
