import type { Metadata } from 'next'
import { CreatePolicyForm } from '@/components/policies/create-policy-form'
import { createPolicyAction } from '../actions'

export const metadata: Metadata = { title: 'Create policy' }

export default function CreatePolicyPage() {
  return <CreatePolicyForm action={createPolicyAction} />
}
