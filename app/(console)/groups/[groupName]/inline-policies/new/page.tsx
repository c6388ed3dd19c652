import type { Metadata } from 'next'
import { InlinePolicyCreateForm } from '@/components/policies/inline-policy-create-form'
import { putGroupPolicyAction } from '../actions'

export const metadata: Metadata = { title: 'Create inline policy' }

export default async function CreateGroupInlinePolicyPage({ params }: { params: Promise<{ groupName: string }> }) {
  const owner = decodeURIComponent((await params).groupName)
  return <InlinePolicyCreateForm kind="group" owner={owner} action={putGroupPolicyAction} />
}
