import type { Metadata } from 'next'
import { IamErrorAlert } from '@/components/iam-error-alert'
import { EditPolicyForm } from '@/components/policies/edit-policy-form'
import { ReadResultView } from '@/components/read-result-view'
import { readUnderGate } from '@/lib/actions/read-under-gate'
import { requireCaller } from '@/lib/auth/current-caller'
import { getPolicy, getPolicyVersion, listPolicyVersions } from '@/lib/iam'
import { isAwsManagedPolicyArn } from '@/lib/iam/arn'
import type { Caller } from '@/lib/iam/caller'
import { createPolicyVersionAction } from '../../actions'
import { resolvePolicyArn } from '../resolve-policy-arn'

export const metadata: Metadata = { title: 'Edit policy' }

const pretty = (text: string) => {
  try {
    return JSON.stringify(JSON.parse(text), null, 4)
  } catch {
    return text
  }
}

async function load(caller: Caller, arn: string) {
  const { Policy } = await getPolicy(caller, { PolicyArn: arn })
  const { Versions } = await listPolicyVersions(caller, { PolicyArn: arn })
  const versions = await Promise.all(
    Versions.map(async (v) => ({ ...v, Document: pretty((await getPolicyVersion(caller, { PolicyArn: arn, VersionId: v.VersionId })).PolicyVersion.Document) })),
  )
  return { policy: Policy, versions }
}

export default async function EditPolicyPage({ params, searchParams }: { params: Promise<{ policyName: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const caller = await requireCaller()
  const name = decodeURIComponent((await params).policyName)
  const arn = resolvePolicyArn(name, (await searchParams).arn, caller.accountId)
  if (isAwsManagedPolicyArn(arn)) {
    return <IamErrorAlert code="UnmodifiableEntity" message="AWS managed policies cannot be edited. Copy the document into a new customer managed policy instead." />
  }
  const result = await readUnderGate(() => load(caller, arn))
  if (!result.ok) return <ReadResultView result={result} />
  const current = result.value.versions.find((v) => v.IsDefaultVersion)
  return (
    <EditPolicyForm
      policyArn={arn}
      policyName={result.value.policy.PolicyName}
      document={current?.Document ?? ''}
      versions={result.value.versions}
      action={createPolicyVersionAction}
    />
  )
}
