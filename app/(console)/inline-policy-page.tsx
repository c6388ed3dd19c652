// The page of one inline policy, shared by users, groups and roles: the routes differ
// only in which Get*Policy they call and which actions they pass.
import type { Metadata } from 'next'
import { readUnderGate } from '@/lib/actions/read-under-gate'
import { requireCaller } from '@/lib/auth/current-caller'
import type { Caller } from '@/lib/iam/caller'
import type { ServerAction } from '@/components/ui/action-button'
import { InlinePolicyView } from '@/components/policies/inline-policy-view'
import type { InlinePolicyOwnerKind } from '@/components/policies/inline-policy-kinds'
import { ReadResultView } from '@/components/read-result-view'

export type InlinePolicyRouteParams = Promise<{ policyName: string } & Record<string, string>>

export async function inlinePolicyMetadata(params: InlinePolicyRouteParams): Promise<Metadata> {
  return { title: decodeURIComponent((await params).policyName) }
}

const pretty = (text: string) => {
  try {
    return JSON.stringify(JSON.parse(text), null, 4)
  } catch {
    return text
  }
}

export async function InlinePolicyPage(props: {
  kind: InlinePolicyOwnerKind
  /** The route's encoded owner name and policy name. */
  ownerParam: string
  policyParam: string
  getPolicy: (caller: Caller, owner: string, policyName: string) => Promise<{ PolicyDocument: string }>
  putAction: ServerAction
  deleteAction: ServerAction
}) {
  const caller = await requireCaller()
  const owner = decodeURIComponent(props.ownerParam)
  const policyName = decodeURIComponent(props.policyParam)
  const result = await readUnderGate(() => props.getPolicy(caller, owner, policyName))
  if (!result.ok) return <ReadResultView result={result} />
  const document = pretty(result.value.PolicyDocument)
  // Keyed by the document: after Save changes the view starts again from the saved text.
  return <InlinePolicyView key={document} kind={props.kind} owner={owner} policyName={policyName} document={document} putAction={props.putAction} deleteAction={props.deleteAction} />
}
