import type { Metadata } from 'next'
import { InlinePolicyCreateForm } from '@/components/policies/inline-policy-create-form'
import { putUserPolicyAction } from '../actions'

export const metadata: Metadata = { title: 'Create inline policy' }

export default async function CreateUserInlinePolicyPage({ params }: { params: Promise<{ userName: string }> }) {
  const owner = decodeURIComponent((await params).userName)
  return <InlinePolicyCreateForm kind="user" owner={owner} action={putUserPolicyAction} />
}
