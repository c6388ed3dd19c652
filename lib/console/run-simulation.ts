// The policy simulator's "Run simulation": the chosen principal's policies (less the ones
// switched off for the run) or pasted ones, with the actions, resources, resource-based
// policy and context values of the form, simulated by IAM's own operations: a principal
// with all of its policies by SimulatePrincipalPolicy, anything else by
// SimulateCustomPolicy. The result is one row per action and resource, with the
// documents its statements point into and the evaluation behind it, as plain data.
import type { Caller } from '@/lib/iam/caller'
import { getContextKeysForCustomPolicy, simulateCustomPolicy, simulatePrincipalPolicy } from '@/lib/iam'
import { explanationsOf } from '@/lib/iam/simulation/explained-response'
import type { TContextEntry } from '@/lib/iam/simulation/simulation-input'
import { contextKeyTypeOf, type ContextKeyType, type Decision, type EvaluationResult, type ExplainedStatement, type SimulateCustomPolicyResponse, type SimulatedStatement, type UnmatchedStatement } from '@/lib/policy'
import { simulatorPrincipal } from './simulator-policies'

export interface SimulationInput {
  PolicySourceArn?: string
  /** Ids (SimulatorPolicy.id) of the principal's policies switched off for this run. */
  disabledPolicyIds: string[]
  /** Pasted identity-based policies, added to the principal's. */
  PolicyInputList: string[]
  /** A pasted permissions boundary; replaces the principal's for the run. */
  PermissionsBoundaryPolicyInputList: string[]
  ActionNames: string[]
  ResourceArns: string[]
  ResourcePolicy?: string
  ContextEntries: TContextEntry[]
}

/** A document the results point into, by the SourcePolicyId its statements carry. */
export interface SimulatedDocument {
  sourcePolicyId: string
  name: string
  source: string
  document: string
}

export interface SimulationRow {
  action: string
  resource: string
  decision: Decision
  /** The statements that decided (AWS's MatchedStatements), each inside its document. */
  statements: SimulatedStatement[]
  missingContextValues: string[]
  /** Present when a permissions boundary took part. */
  allowedByPermissionsBoundary?: boolean
  /** The engine's evaluation, for the evaluation path and what did not match; statements named by their documents' names. */
  evaluation: Pick<EvaluationResult, 'decision' | 'decidingPolicyType' | 'details'> & { matchedStatements: ExplainedStatement[]; unmatchedStatements: UnmatchedStatement[] }
}

export interface SimulationRun {
  rows: SimulationRow[]
  documents: SimulatedDocument[]
  /** The context keys the simulated policies use (GetContextKeysForCustomPolicy), with the type to send each as, for the form's next run. */
  contextKeys: { key: string; type: ContextKeyType }[]
}

const pasted = (list: string[], prefix: string, label: string): SimulatedDocument[] =>
  list.map((document, i) => ({ sourcePolicyId: `${prefix}.${i + 1}`, name: `${label} ${i + 1}`, source: label, document }))

export async function runSimulation(caller: Caller, input: SimulationInput): Promise<SimulationRun> {
  const common = {
    ActionNames: input.ActionNames,
    ...(input.ResourceArns.length ? { ResourceArns: input.ResourceArns } : {}),
    ...(input.ResourcePolicy ? { ResourcePolicy: input.ResourcePolicy } : {}),
    ...(input.ContextEntries.length ? { ContextEntries: input.ContextEntries } : {}),
    ...(input.PermissionsBoundaryPolicyInputList.length ? { PermissionsBoundaryPolicyInputList: input.PermissionsBoundaryPolicyInputList } : {}),
    MaxItems: 1000,
  }
  const extraDocuments = [
    ...pasted(input.PolicyInputList, 'PolicyInputList', 'Additional policy'),
    ...pasted(input.PermissionsBoundaryPolicyInputList, 'PermissionsBoundaryPolicyInputList', 'Permissions boundary (pasted)'),
  ]
  let response: SimulateCustomPolicyResponse
  let documents: SimulatedDocument[]
  if (input.PolicySourceArn) {
    const principal = await simulatorPrincipal(caller, input.PolicySourceArn)
    const disabled = new Set(input.disabledPolicyIds)
    // A pasted boundary replaces the principal's, as PermissionsBoundaryPolicyInputList does.
    const kept = principal.policies.filter((p) => !disabled.has(p.id) && !(p.kind === 'permissionsBoundary' && input.PermissionsBoundaryPolicyInputList.length))
    if (disabled.size === 0) {
      response = await simulatePrincipalPolicy(caller, { PolicySourceArn: principal.arn, ...(input.PolicyInputList.length ? { PolicyInputList: input.PolicyInputList } : {}), ...common })
      documents = [...kept.map((p) => ({ sourcePolicyId: p.sourcePolicyId, name: p.name, source: p.source, document: p.document })), ...extraDocuments]
    } else {
      const identity = kept.filter((p) => p.kind === 'identity')
      const boundary = kept.filter((p) => p.kind === 'permissionsBoundary')
      const boundaryList = input.PermissionsBoundaryPolicyInputList.length ? input.PermissionsBoundaryPolicyInputList : boundary.map((p) => p.document)
      response = await simulateCustomPolicy(caller, {
        ...common,
        PolicyInputList: [...identity.map((p) => p.document), ...input.PolicyInputList],
        ...(boundaryList.length ? { PermissionsBoundaryPolicyInputList: boundaryList } : {}),
        ...(principal.kind === 'user' ? { CallerArn: principal.arn } : {}),
      })
      // In a custom simulation the documents are numbered in the order they were sent.
      const numbered = (docs: { name: string; source: string; document: string }[], prefix: string) => docs.map((d, i) => ({ ...d, sourcePolicyId: `${prefix}.${i + 1}` }))
      documents = [
        ...numbered([...identity, ...pasted(input.PolicyInputList, '', 'Additional policy')], 'PolicyInputList'),
        ...numbered(input.PermissionsBoundaryPolicyInputList.length ? pasted(input.PermissionsBoundaryPolicyInputList, '', 'Permissions boundary (pasted)') : boundary, 'PermissionsBoundaryPolicyInputList'),
      ].map(({ sourcePolicyId, name, source, document }) => ({ sourcePolicyId, name, source, document }))
    }
  } else {
    response = await simulateCustomPolicy(caller, { ...common, PolicyInputList: input.PolicyInputList })
    documents = extraDocuments
  }
  if (input.ResourcePolicy) documents.push({ sourcePolicyId: 'ResourcePolicy', name: 'Resource-based policy', source: 'Resource-based policy', document: input.ResourcePolicy })

  const allDocuments = documents.filter((d) => d.sourcePolicyId !== 'ResourcePolicy').map((d) => d.document)
  const { ContextKeyNames } = allDocuments.length ? await getContextKeysForCustomPolicy(caller, { PolicyInputList: allDocuments }) : { ContextKeyNames: [] }
  return { rows: rowsOf(response, documents), documents, contextKeys: ContextKeyNames.map((key) => ({ key, type: contextKeyTypeOf(key) })) }
}

function rowsOf(response: SimulateCustomPolicyResponse, documents: SimulatedDocument[]): SimulationRow[] {
  const nameOf = new Map(documents.map((d) => [d.sourcePolicyId, d.name]))
  const explanations = explanationsOf(response)
  const rows: SimulationRow[] = []
  for (const r of response.EvaluationResults) {
    const perResource = r.ResourceSpecificResults?.length
      ? r.ResourceSpecificResults.map((s) => ({ resource: s.EvalResourceName, decision: s.EvalResourceDecision, statements: s.MatchedStatements, missing: s.MissingContextValues, boundary: s.PermissionsBoundaryDecisionDetail }))
      : [{ resource: r.EvalResourceName ?? '*', decision: r.EvalDecision, statements: r.MatchedStatements, missing: r.MissingContextValues, boundary: r.PermissionsBoundaryDecisionDetail }]
    for (const p of perResource) {
      const explanation = explanations.find((e) => e.EvalActionName === r.EvalActionName && e.EvalResourceName === p.resource)
      const explained = explanation?.result
      const named = <T extends { policyName: string }>(m: T): T => ({ ...m, policyName: nameOf.get(m.policyName) ?? m.policyName })
      rows.push({
        action: r.EvalActionName,
        resource: p.resource,
        decision: p.decision,
        statements: p.statements,
        missingContextValues: p.missing,
        ...(p.boundary ? { allowedByPermissionsBoundary: p.boundary.AllowedByPermissionsBoundary } : {}),
        evaluation: {
          decision: p.decision,
          decidingPolicyType: explained?.decidingPolicyType ?? null,
          details: explained?.details ?? {},
          matchedStatements: (explanation?.statements ?? []).map(named),
          unmatchedStatements: (explained?.unmatchedStatements ?? []).map(named),
        },
      })
    }
  }
  return rows
}
