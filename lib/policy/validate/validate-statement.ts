// One statement: its elements, their combinations for the policy type, then the
// element checks (actions, resources, principals, conditions) and the checks that look
// at several elements together (PassRole, service-linked roles, condition keys against actions, RCP rules).
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
import { parseConditionOperator } from '../conditions'
import type { JsonNode } from '../parse/json-with-positions'
import type { PolicyType } from '../types'
import { checkActions, splitAction, type ResolvedAction } from './check-actions'
import { checkCondition } from './check-conditions'
import { checkConditionKeySupport, type ConditionKeyUse } from './check-condition-key-support'
import { checkPrincipal } from './check-principals'
import { checkPrivilegedActions } from './check-privileged-actions'
import { checkResources } from './check-resources'
import type { Findings } from './findings'
import { supportsResourceControlPolicies } from './iam-data/iam-data'
import { conditionValueItems, entry, isEmptyArray, stringItems, type ObjectNode } from './json-values'
import type { PolicyTypeRules } from './policy-type-rules'

const STATEMENT_ELEMENTS = ['Sid', 'Effect', 'Principal', 'NotPrincipal', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition']

export interface StatementContext {
  policyType: PolicyType
  rules: PolicyTypeRules
  version: string
  findings: Findings
}

export function validateStatement(node: ObjectNode, path: string, ctx: StatementContext): void {
  const { findings, rules, policyType } = ctx
  const isScp = policyType === 'serviceControlPolicy'
  for (const e of node.entries) {
    if (!STATEMENT_ELEMENTS.includes(e.key)) {
      findings.error('INVALID_POLICY_ELEMENT', `The policy element ${e.key} is not valid. A statement may contain ${STATEMENT_ELEMENTS.join(', ')}.`, `${path}.${e.key}`, { start: e.keyStart, end: e.keyEnd })
    }
  }
  const sid = entry(node, 'Sid')
  const effect = entry(node, 'Effect')
  const action = entry(node, 'Action')
  const notAction = entry(node, 'NotAction')
  const resource = entry(node, 'Resource')
  const notResource = entry(node, 'NotResource')
  const principal = entry(node, 'Principal')
  const notPrincipal = entry(node, 'NotPrincipal')
  const condition = entry(node, 'Condition')
  const at = { start: node.start, end: node.end }

  if (sid?.value.kind === 'string') {
    if (sid.value.value === '') findings.suggestion('EMPTY_SID_VALUE', 'Add a value to the empty string in the Sid element.', `${path}.Sid`, sid.value)
    else if (rules.alphanumericSid && !/^[A-Za-z0-9]+$/.test(sid.value.value)) {
      findings.error('UNSUPPORTED_SID', 'Update the characters in the Sid element to use one of the following character types: [a-z, A-Z, 0-9]', `${path}.Sid`, sid.value)
    }
  }

  let effectValue: string | undefined
  if (!effect) findings.error('MISSING_EFFECT', 'Add an Effect element to the policy statement with a value of Allow or Deny.', path, at)
  else if (effect.value.kind === 'string') {
    effectValue = effect.value.value
    if (effectValue !== 'Allow' && effectValue !== 'Deny') {
      findings.error('INVALID_EFFECT', `The effect ${effectValue} is not valid. Use Allow or Deny.`, `${path}.Effect`, effect.value)
      effectValue = undefined
    }
  }

  const combination = (a: string, b: string) => findings.error('UNSUPPORTED_ELEMENT_COMBINATION', `The policy elements ${a} and ${b} can not be used in the same statement. Remove one of these elements.`, path, at)
  if (action && notAction) combination('Action', 'NotAction')
  if (resource && notResource) combination('Resource', 'NotResource')
  if (principal && notPrincipal) combination('Principal', 'NotPrincipal')
  if (!action && !notAction) findings.error('MISSING_ACTION', 'Add an Action or NotAction element to the policy statement.', path, at)

  // RCPs: Allow only in the RCPFullAWSAccess policy AWS attaches itself ({"Effect": "Allow",
  // "Principal": "*", "Action": "*", "Resource": "*"}), and neither NotAction nor NotPrincipal
  // is among their elements.
  // https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_syntax.html
  if (policyType === 'resourceControlPolicy') {
    const isFullAccess = [principal, action, resource].every((e) => e?.value.kind === 'string' && e.value.value === '*') && !condition && !notAction && !notResource && !notPrincipal
    if (effectValue === 'Allow' && !isFullAccess) {
      findings.error('INVALID_EFFECT', 'The effect Allow is only supported for the RCPFullAWSAccess policy. Use Deny in resource control policies.', `${path}.Effect`, effect!.value)
    }
    for (const e of [notAction, notPrincipal]) {
      if (e) findings.error('INVALID_POLICY_ELEMENT', `The policy element ${e.key} is not valid in a resource control policy.`, `${path}.${e.key}`, { start: e.keyStart, end: e.keyEnd })
    }
  }

  // Principal
  if (rules.principal === 'forbidden') {
    for (const p of [principal, notPrincipal]) {
      if (!p) continue
      const pPath = `${path}.${p.key}`
      const pAt = { start: p.keyStart, end: p.keyEnd }
      if (isScp) findings.error('SCP_SYNTAX_ERROR_PRINCIPAL', 'SCPs do not support specifying principals. Remove the Principal or NotPrincipal element.', pPath, pAt)
      else findings.error('UNSUPPORTED_PRINCIPAL', `The policy type ${rules.label} does not support the ${p.key} element. Remove the ${p.key} element.`, pPath, pAt)
    }
  } else {
    if (!principal && !notPrincipal) findings.error('MISSING_PRINCIPAL', 'Add a Principal element to the policy statement.', path, at)
    if (principal) checkPrincipal(principal.value, `${path}.Principal`, 'Principal', findings)
    // IAM itself (CreateRole, UpdateAssumeRolePolicy) refuses a trust policy statement that
    // names no principal, {} or only empty lists, with MalformedPolicyDocument "Invalid
    // principal in policy: ... The passed in policy has a statement with no principals!";
    // Access Analyzer only suggests (EMPTY_OBJECT_PRINCIPAL / EMPTY_ARRAY_PRINCIPAL).
    if (policyType === 'trust' && principal && namesNoPrincipal(principal.value)) {
      findings.error('MISSING_PRINCIPAL', 'The passed in policy has a statement with no principals. Specify principals.', `${path}.Principal`, principal.value)
    }
    if (notPrincipal) {
      checkPrincipal(notPrincipal.value, `${path}.NotPrincipal`, 'NotPrincipal', findings)
      if (effectValue === 'Allow') {
        findings.securityWarning('ALLOW_WITH_NOT_PRINCIPAL', 'Using Allow with NotPrincipal can be overly permissive. We recommend that you use Principal instead.', `${path}.NotPrincipal`, { start: notPrincipal.keyStart, end: notPrincipal.keyEnd })
      }
    }
  }

  // Actions
  let actions: ResolvedAction[] | undefined
  let notActions: ResolvedAction[] | undefined
  if (action) {
    if (isEmptyArray(action.value)) findings.suggestion('EMPTY_ARRAY_ACTION', 'This statement includes no actions and does not affect the policy. Specify actions.', `${path}.Action`, action.value)
    actions = checkActions(stringItems(action.value, `${path}.Action`), 'Action', findings)
  }
  if (notAction) {
    if (isEmptyArray(notAction.value)) findings.suggestion('EMPTY_ARRAY_ACTION', 'This statement includes no actions and does not affect the policy. Specify actions.', `${path}.NotAction`, notAction.value)
    notActions = checkActions(stringItems(notAction.value, `${path}.NotAction`), 'NotAction', findings)
  }
  if (policyType === 'resourceControlPolicy') {
    for (const a of [...(actions ?? []), ...(notActions ?? [])]) {
      if (a.all) continue
      const [prefix] = splitAction(a.item.value)
      if (!supportsResourceControlPolicies(prefix)) {
        findings.error('UNSUPPORTED_ACTION_IN_POLICY', `The action ${a.item.value} is not supported in resource control policies: the service ${prefix} does not support RCPs.`, a.item.path, a.item.node)
      }
    }
  }

  // Resources
  if (rules.resource === 'forbidden') {
    for (const r of [resource, notResource]) {
      if (r) findings.error('INVALID_POLICY_ELEMENT', `The policy element ${r.key} is not valid in a ${rules.label}: a trust policy's resource is the role itself. Remove the ${r.key} element.`, `${path}.${r.key}`, { start: r.keyStart, end: r.keyEnd })
    }
  } else {
    if (rules.resource === 'required' && !resource && !notResource) findings.error('MISSING_RESOURCE', 'Add a Resource or NotResource element to the policy statement.', path, at)
    for (const [r, element] of [[resource, 'Resource'], [notResource, 'NotResource']] as const) {
      if (!r) continue
      if (isEmptyArray(r.value)) findings.suggestion('EMPTY_ARRAY_RESOURCE', 'This statement includes no resources and does not affect the policy. Specify resources.', `${path}.${element}`, r.value)
      checkResources(stringItems(r.value, `${path}.${element}`), { element, version: ctx.version, actions: element === 'Resource' ? actions : undefined, findings })
    }
  }

  // Conditions
  const narrowingKeys = new Set<string>()
  if (condition) {
    checkCondition(condition.value, `${path}.Condition`, { effect: effectValue, version: ctx.version, findings })
    const uses: ConditionKeyUse[] = []
    if (condition.value.kind === 'object') {
      for (const op of condition.value.entries) {
        if (op.value.kind !== 'object') continue
        const parsed = parseConditionOperator(op.key)
        const falseWhenMissing = parsed !== undefined && parsed.base !== 'Null' && !parsed.ifExists && !parsed.base.includes('Not') && parsed.setOperator !== 'ForAllValues'
        for (const k of op.value.entries) {
          // A key narrows a grant only when the condition fails without it and names exact values:
          // AWS still reports iam:PassedToService under StringEqualsIfExists (AWSServiceRoleForAmazonEKSNodegroup)
          // and iam:AWSServiceName matched with "*a4b.amazonaws.com" (AlexaForBusinessFullAccess).
          const exactValues = conditionValueItems(k.value, '').every((v) => !/[*?]/.test(v.value))
          if (falseWhenMissing && exactValues) narrowingKeys.add(k.key.toLowerCase())
          uses.push({ key: k.key, falseWhenMissing, path: `${path}.Condition.${op.key}.${k.key}`, at: { start: k.keyStart, end: k.keyEnd } })
        }
      }
    }
    checkConditionKeySupport({ effect: effectValue, actions, notActions: actions ? undefined : notActions, keys: uses, findings })
  }

  // SCPs used to forbid NotResource, Allow with NotAction, Condition or a specific
  // Resource, and wildcards inside actions (Access Analyzer's SCP_SYNTAX_ERROR_* checks).
  // Since 19 September 2025 SCPs take the full IAM policy language, so only their
  // principal rule (SCP_SYNTAX_ERROR_PRINCIPAL above) and their size quota remain.
  // https://aws.amazon.com/blogs/security/unlock-new-possibilities-aws-organizations-service-control-policy-now-supports-full-iam-language

  if (rules.grantsToIdentity && effectValue === 'Allow') {
    checkPrivilegedActions({
      actions,
      notActions: actions ? undefined : notActions,
      resources: resource ? stringItems(resource.value, `${path}.Resource`) : undefined,
      hasNotResource: notResource !== undefined && !resource,
      narrowingKeys,
      path,
      at,
      findings,
    })
  }
}

/** A Principal object with no principal in it: {} or only empty arrays. */
function namesNoPrincipal(node: JsonNode): boolean {
  return node.kind === 'object' && node.entries.every((e) => e.value.kind === 'array' && e.value.items.length === 0)
}
