import type { Metadata } from 'next'
import { PasswordPolicyPanel } from '@/components/account-settings/password-policy-panel'
import { IamErrorAlert } from '@/components/iam-error-alert'
import { requireCaller } from '@/lib/auth/current-caller'
import type { PasswordPolicy } from '@/lib/credentials/password-policy'
import { getAccountPasswordPolicy } from '@/lib/iam'
import { isIamError } from '@/lib/iam/errors'
import { updatePasswordPolicyAction } from './actions'

export const metadata: Metadata = { title: 'Account settings' }

async function loadPolicy(): Promise<{ policy: PasswordPolicy | null } | { error: { code: string; message: string } }> {
  const caller = await requireCaller()
  try {
    return { policy: (await getAccountPasswordPolicy(caller, {})).PasswordPolicy }
  } catch (error) {
    // NoSuchEntity is GetAccountPasswordPolicy's answer for "the IAM default applies".
    if (isIamError(error, 'NoSuchEntity')) return { policy: null }
    if (isIamError(error)) return { error: { code: error.code, message: error.message } }
    throw error
  }
}

export default async function AccountSettingsPage() {
  const loaded = await loadPolicy()
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-bold">Account settings</h1>
      {'error' in loaded ? (
        <IamErrorAlert code={loaded.error.code} message={loaded.error.message} />
      ) : (
        <PasswordPolicyPanel policy={loaded.policy} action={updatePasswordPolicyAction} />
      )}
    </section>
  )
}
