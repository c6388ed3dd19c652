import type { Metadata } from 'next'
import { InlinePolicyView } from '@/components/policies/inline-policy-view'
import { loadOrError, PageError } from '@/components/policies/page-error'
import { requireCaller } from '@/lib/auth/current-caller'
import { getRolePolicy } from '@/lib/iam'
import { deleteRolePolicyAction, putRolePolicyAction } from '../actions'

type Params = Promise<{ roleName: string; policyName: string }>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: decodeURIComponent((await params).policyName) }
}

const pretty = (text: string) => {
  try {
    return JSON.stringify(JSON.parse(text), null, 4)
  } catch {
    return text
  }
}

export default async function RoleInlinePolicyPage({ params }: { params: Params }) {
  const caller = await requireCaller()
  const p = await params
  const owner = decodeURIComponent(p.roleName)
  const policyName = decodeURIComponent(p.policyName)
  const result = await loadOrError(() => getRolePolicy(caller, { RoleName: owner, PolicyName: policyName }))
  if (result.error) return <PageError error={result.error} />
  const document = pretty(result.data.PolicyDocument)
  // Keyed by the document: after Save changes the view starts again from the saved text.
  return <InlinePolicyView key={document} kind="role" owner={owner} policyName={policyName} document={document} putAction={putRolePolicyAction} deleteAction={deleteRolePolicyAction} />
}
