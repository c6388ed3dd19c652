// "Download account authorization details": every page of GetAccountAuthorizationDetails
// (each one asked of the gate), merged as `aws iam get-account-authorization-details`
// prints them: one object with the four lists, and each policy document parsed into JSON
// (the CLI decodes the API's URL encoding), so the file reads as the CLI's output does. The account's
// quotas bound it (5,000 users, 300 groups, 1,000 roles, 1,500 policies, and the AWS
// managed policies it uses); MAX_PAGES stops it whatever the data.
import { getAccountAuthorizationDetails, type GetAccountAuthorizationDetailsResponse } from '@/lib/iam'
import type { Caller } from '@/lib/iam/caller'

const PAGE_SIZE = 1000
const MAX_PAGES = 20

export interface AccountAuthorizationDetailsFile {
  json: string
  fileName: string
}

type Details = Omit<GetAccountAuthorizationDetailsResponse, 'IsTruncated' | 'Marker'>

export async function downloadAccountAuthorizationDetails(caller: Caller, now = new Date()): Promise<AccountAuthorizationDetailsFile> {
  const details: Details = { UserDetailList: [], GroupDetailList: [], RoleDetailList: [], Policies: [] }
  let Marker: string | undefined
  for (let pageNumber = 0; pageNumber < MAX_PAGES; pageNumber++) {
    const page = await getAccountAuthorizationDetails(caller, { MaxItems: PAGE_SIZE, ...(Marker ? { Marker } : {}) })
    details.UserDetailList.push(...page.UserDetailList)
    details.GroupDetailList.push(...page.GroupDetailList)
    details.RoleDetailList.push(...page.RoleDetailList)
    details.Policies.push(...page.Policies)
    Marker = page.Marker
    if (!page.IsTruncated) break
  }
  return {
    json: JSON.stringify(decodeDocuments(details), null, 4),
    fileName: `account-authorization-details-${caller.accountId}-${now.toISOString().slice(0, 19).replaceAll(':', '_')}Z.json`,
  }
}

const decoded = (document: string): unknown => JSON.parse(document)

function decodeDocuments(d: Details) {
  const inline = (list: { PolicyName: string; PolicyDocument: string }[]) => list.map((p) => ({ ...p, PolicyDocument: decoded(p.PolicyDocument) }))
  return {
    UserDetailList: d.UserDetailList.map((u) => ({ ...u, UserPolicyList: inline(u.UserPolicyList) })),
    GroupDetailList: d.GroupDetailList.map((g) => ({ ...g, GroupPolicyList: inline(g.GroupPolicyList) })),
    RoleDetailList: d.RoleDetailList.map((r) => ({ ...r, AssumeRolePolicyDocument: decoded(r.AssumeRolePolicyDocument), RolePolicyList: inline(r.RolePolicyList) })),
    Policies: d.Policies.map((p) => ({ ...p, PolicyVersionList: p.PolicyVersionList.map((v) => ({ ...v, Document: decoded(v.Document) })) })),
  }
}
