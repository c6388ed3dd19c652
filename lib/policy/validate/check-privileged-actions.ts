// iam:PassRole (SECURITY_WARNING) and iam:CreateServiceLinkedRole (WARNING) granted
// on every resource: Access Analyzer's six checks for each, by how the statement
// reaches the action (the action itself, a wildcard, or NotAction) and the resource
// ("*" or NotResource).
// https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-security-warning-pass-role-with-star-in-resource
import type { FindingType } from '../types'
import { coversAction, type ResolvedAction } from './check-actions'
import type { Findings, Located } from './findings'
import type { StringItem } from './json-values'

interface PrivilegedAction {
  action: string
  codePrefix: string
  findingType: FindingType
  /** A condition key that narrows the grant enough for Access Analyzer to stay quiet. */
  narrowingKey?: string
  /** What the finding says the wildcard allows. */
  risk: string
  recommendation: string
}

const PRIVILEGED: PrivilegedAction[] = [
  {
    action: 'PassRole',
    codePrefix: 'PASS_ROLE',
    findingType: 'SECURITY_WARNING',
    narrowingKey: 'iam:passedtoservice',
    risk: 'can be overly permissive because it allows iam:PassRole permissions on',
    recommendation: 'We recommend that you specify resource ARNs or add the iam:PassedToService condition key to your statement.',
  },
  {
    action: 'CreateServiceLinkedRole',
    codePrefix: 'CREATE_SLR',
    findingType: 'WARNING',
    narrowingKey: 'iam:awsservicename',
    risk: 'can allow creation of unintended service-linked roles because it allows iam:CreateServiceLinkedRole permissions on',
    recommendation: 'We recommend that you specify resource ARNs instead.',
  },
]

export interface PrivilegedActionInput {
  actions?: ResolvedAction[]
  /** NotAction entries, when the statement uses NotAction. */
  notActions?: ResolvedAction[]
  resources?: StringItem[]
  hasNotResource: boolean
  /** Condition keys (lower case) that the statement requires with exact values. */
  narrowingKeys: Set<string>
  path: string
  at: Located
  findings: Findings
}

export function checkPrivilegedActions(input: PrivilegedActionInput): void {
  for (const p of PRIVILEGED) checkOne(p, input)
}

function checkOne(p: PrivilegedAction, { actions, notActions, resources, hasNotResource, narrowingKeys, path, at, findings }: PrivilegedActionInput): void {
  if (p.narrowingKey && narrowingKeys.has(p.narrowingKey)) return
  let how: 'exact' | 'star' | 'notAction' | undefined
  let where: Located = at
  let wherePath = path
  if (actions) {
    const exact = actions.find((a) => !a.all && a.item.value.toLowerCase() === `iam:${p.action.toLowerCase()}`)
    const star = actions.find((a) => coversAction(a, 'iam', p.action))
    const hit = exact ?? star
    if (!hit) return
    how = exact ? 'exact' : 'star'
    where = hit.item.node
    wherePath = hit.item.path
  } else if (notActions) {
    if (notActions.some((a) => coversAction(a, 'iam', p.action))) return
    how = 'notAction'
  } else return

  const starResource = resources?.find((r) => r.value === '*')
  if (!starResource && !hasNotResource) return
  const kind = hasNotResource ? 'NOT_RESOURCE' : 'STAR_IN_RESOURCE'
  const code = how === 'exact'
    ? (kind === 'NOT_RESOURCE' ? `${p.codePrefix}_WITH_NOT_RESOURCE` : `${p.codePrefix}_WITH_STAR_IN_RESOURCE`)
    : how === 'star'
      ? (kind === 'NOT_RESOURCE' ? `${p.codePrefix}_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE` : `${p.codePrefix}_WITH_STAR_IN_ACTION_AND_RESOURCE`)
      : (kind === 'NOT_RESOURCE' ? `${p.codePrefix}_WITH_NOT_ACTION_AND_NOT_RESOURCE` : `${p.codePrefix}_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION`)
  const subject = how === 'exact'
    ? `Using the iam:${p.action} action with ${kind === 'NOT_RESOURCE' ? 'NotResource' : 'wildcards (*) in the resource'}`
    : how === 'star'
      ? `Using ${kind === 'NOT_RESOURCE' ? 'an action with a wildcard (*) and NotResource' : 'wildcards (*) in the action and the resource'}`
      : `Using ${kind === 'NOT_RESOURCE' ? 'NotAction with NotResource' : 'a resource with wildcards (*) and NotAction'}`
  const scope = kind === 'NOT_RESOURCE' ? 'multiple resources' : 'all resources'
  findings.add(p.findingType, code, `${subject} ${p.risk} ${scope}. ${p.recommendation}`, wherePath, where)
}
