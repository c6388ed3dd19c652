import { InlinePolicyPage, inlinePolicyMetadata, type InlinePolicyRouteParams } from '@/app/(console)/inline-policy-page'
import { getRolePolicy } from '@/lib/iam'
import { deleteRolePolicyAction, putRolePolicyAction } from '../actions'

type Params = Promise<{ roleName: string; policyName: string }>

export const generateMetadata = ({ params }: { params: Params }) => inlinePolicyMetadata(params as InlinePolicyRouteParams)

export default async function RoleInlinePolicyPage({ params }: { params: Params }) {
  const p = await params
  return (
    <InlinePolicyPage
      kind="role"
      ownerParam={p.roleName}
      policyParam={p.policyName}
      getPolicy={(caller, owner, PolicyName) => getRolePolicy(caller, { RoleName: owner, PolicyName })}
      putAction={putRolePolicyAction}
      deleteAction={deleteRolePolicyAction}
    />
  )
}
