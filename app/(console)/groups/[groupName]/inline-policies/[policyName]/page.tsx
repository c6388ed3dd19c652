import { InlinePolicyPage, inlinePolicyMetadata, type InlinePolicyRouteParams } from '@/app/(console)/inline-policy-page'
import { getGroupPolicy } from '@/lib/iam'
import { deleteGroupPolicyAction, putGroupPolicyAction } from '../actions'

type Params = Promise<{ groupName: string; policyName: string }>

export const generateMetadata = ({ params }: { params: Params }) => inlinePolicyMetadata(params as InlinePolicyRouteParams)

export default async function GroupInlinePolicyPage({ params }: { params: Params }) {
  const p = await params
  return (
    <InlinePolicyPage
      kind="group"
      ownerParam={p.groupName}
      policyParam={p.policyName}
      getPolicy={(caller, owner, PolicyName) => getGroupPolicy(caller, { GroupName: owner, PolicyName })}
      putAction={putGroupPolicyAction}
      deleteAction={deleteGroupPolicyAction}
    />
  )
}
