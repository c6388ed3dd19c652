import { InlinePolicyPage, inlinePolicyMetadata, type InlinePolicyRouteParams } from '@/app/(console)/inline-policy-page'
import { getUserPolicy } from '@/lib/iam'
import { deleteUserPolicyAction, putUserPolicyAction } from '../actions'

type Params = Promise<{ userName: string; policyName: string }>

export const generateMetadata = ({ params }: { params: Params }) => inlinePolicyMetadata(params as InlinePolicyRouteParams)

export default async function UserInlinePolicyPage({ params }: { params: Params }) {
  const p = await params
  return (
    <InlinePolicyPage
      kind="user"
      ownerParam={p.userName}
      policyParam={p.policyName}
      getPolicy={(caller, owner, PolicyName) => getUserPolicy(caller, { UserName: owner, PolicyName })}
      putAction={putUserPolicyAction}
      deleteAction={deleteUserPolicyAction}
    />
  )
}
