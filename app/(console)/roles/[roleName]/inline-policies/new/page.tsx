import type { Metadata } from 'next'
import { InlinePolicyCreateForm } from '@/components/policies/inline-policy-create-form'
import { putRolePolicyAction } from '../actions'

export const metadata: Metadata = { title: 'Create inline policy' }

export default async function CreateRoleInlinePolicyPage({ params }: { params: Promise<{ roleName: string }> }) {
  const owner = decodeURIComponent((await params).roleName)
  return <InlinePolicyCreateForm kind="role" owner={owner} action={putRolePolicyAction} />
}
