// SimulateCustomPolicy's request, checked and parsed before anything is simulated: the
// parameters' shapes and AWS's constraints on them (its ValidationError and InvalidInput
// texts), CallerArn and ResourceOwner, and each policy text, validated and parsed (a
// policy with an error is MalformedPolicyDocument). The simulation itself
// (simulate-custom-policy.ts) then runs on what this returns and refuses nothing.
// SimulatePrincipalPolicy takes the same parameters plus PolicySourceArn, whose policies
// the caller loads (simulate-principal-policy.ts); its PolicyInputList is optional.

import { parsePolicy } from '../parse/parse-policy'
import type { ContextKeyType, Finding, PolicyInput, PolicyType } from '../types'
import { validatePolicy } from '../validate/index'
import type { SimulateCustomPolicyRequest } from './simulate-types'

/** A request ready to simulate. */
export interface ParsedSimulateRequest {
  request: SimulateCustomPolicyRequest
  /** CallerArn's account. */
  callerAccount?: string
  /** ResourceOwner's account. */
  ownerAccount?: string
  identity: PolicyInput[]
  boundary?: PolicyInput[]
  resourcePolicy?: PolicyInput
  /** Each policy's text by its SourcePolicyId, for AWS's statement positions. */
  texts: Map<string, string>
  /** The first result of the page Marker asks for. */
  pageStart: number
}

export type SimulateOperation = 'SimulateCustomPolicy' | 'SimulatePrincipalPolicy'

export function parseSimulateRequest(input: unknown, operation: SimulateOperation = 'SimulateCustomPolicy'): ParsedSimulateRequest {
  const req = checkRequest(input, operation)
  if (req.ResourcePolicy !== undefined && req.CallerArn === undefined) {
    invalid('CallerArn is required when a ResourcePolicy is included in the simulation.')
  }
  let callerAccount: string | undefined
  if (req.CallerArn !== undefined) {
    const m = USER_ARN.exec(req.CallerArn)
    if (!m) invalid(`Invalid CallerArn ${req.CallerArn}: you can specify only the ARN of an IAM user.`)
    callerAccount = m[1]
  }
  let ownerAccount: string | undefined
  if (req.ResourceOwner !== undefined) {
    const m = /^arn:[^:]+:iam::(\d{12}):root$/.exec(req.ResourceOwner)
    if (!m) invalid(`Invalid ResourceOwner ${req.ResourceOwner}: use the account ARN arn:aws:iam::ACCOUNT-ID:root.`)
    ownerAccount = m[1]
  }

  const identity = req.PolicyInputList.map((t, i) => parsePolicyInput(t, `PolicyInputList.${i + 1}`, 'identity'))
  const boundary = req.PermissionsBoundaryPolicyInputList?.map((t, i) => parsePolicyInput(t, `PermissionsBoundaryPolicyInputList.${i + 1}`, 'permissionsBoundary'))
  const resourcePolicy = req.ResourcePolicy !== undefined ? parsePolicyInput(req.ResourcePolicy, 'ResourcePolicy', 'resource') : undefined

  const texts = new Map<string, string>()
  req.PolicyInputList.forEach((t, i) => texts.set(`PolicyInputList.${i + 1}`, t))
  req.PermissionsBoundaryPolicyInputList?.forEach((t, i) => texts.set(`PermissionsBoundaryPolicyInputList.${i + 1}`, t))
  if (req.ResourcePolicy !== undefined) texts.set('ResourcePolicy', req.ResourcePolicy)

  // One result per action, so the results a Marker may point into are known now.
  const pageStart = req.Marker !== undefined ? Number(req.Marker) : 0
  if (!Number.isInteger(pageStart) || pageStart < 0 || pageStart > req.ActionNames.length) invalid(`Invalid Marker ${req.Marker}.`)

  return {
    request: req,
    ...(callerAccount !== undefined ? { callerAccount } : {}),
    ...(ownerAccount !== undefined ? { ownerAccount } : {}),
    identity,
    ...(boundary ? { boundary } : {}),
    ...(resourcePolicy ? { resourcePolicy } : {}),
    texts,
    pageStart,
  }
}

const CONTEXT_TYPES: ReadonlySet<string> = new Set<ContextKeyType>([
  'string', 'stringList', 'numeric', 'numericList', 'boolean', 'booleanList', 'ip', 'ipList', 'binary', 'binaryList', 'date', 'dateList',
])

/** A request SimulateCustomPolicy refuses; simulateCustomPolicy answers it in AWS's error shape. */
export class SimulateInputError extends Error {
  constructor(readonly code: 'MalformedPolicyDocument' | 'InvalidInput', message: string) {
    super(message)
  }
}

function invalid(message: string): never {
  throw new SimulateInputError('InvalidInput', message)
}

function stringList(v: unknown, name: string, required: boolean): string[] | undefined {
  if (v === undefined || v === null) {
    if (required) invalid(`1 validation error detected: Value null at '${lowerFirst(name)}' failed to satisfy constraint: Member must not be null`)
    return undefined
  }
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) invalid(`The parameter ${name} must be a list of strings.`)
  return v as string[]
}

function lowerFirst(s: string): string {
  return s[0].toLowerCase() + s.slice(1)
}

const PARAMETERS = ['PolicyInputList', 'PermissionsBoundaryPolicyInputList', 'ActionNames', 'ResourceArns', 'ResourcePolicy', 'ResourceOwner', 'CallerArn', 'ContextEntries', 'ResourceHandlingOption', 'MaxItems', 'Marker']

function checkRequest(input: unknown, operation: SimulateOperation): SimulateCustomPolicyRequest {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) invalid(`The request must be a JSON object with the parameters of ${operation}.`)
  const r = input as Record<string, unknown>
  const principal = operation === 'SimulatePrincipalPolicy'
  // PolicySourceArn is the caller's to resolve; here it is only a known name.
  const known = new Set(principal ? [...PARAMETERS, 'PolicySourceArn'] : PARAMETERS)
  for (const k of Object.keys(r)) if (!known.has(k)) invalid(`Unknown parameter ${k} for ${operation}.`)
  const out: SimulateCustomPolicyRequest = {
    // Required of SimulateCustomPolicy only: a principal brings its own policies.
    PolicyInputList: stringList(r.PolicyInputList, 'PolicyInputList', !principal) ?? [],
    ActionNames: stringList(r.ActionNames, 'ActionNames', true)!,
  }
  if (out.ActionNames.length === 0) invalid("1 validation error detected: Value '[]' at 'actionNames' failed to satisfy constraint: Member must have length greater than or equal to 1")
  for (const a of out.ActionNames) if (a.length < 3 || a.length > 128) invalid(`1 validation error detected: Value '${a}' at 'actionNames' failed to satisfy constraint: Member must have length between 3 and 128`)
  const pb = stringList(r.PermissionsBoundaryPolicyInputList, 'PermissionsBoundaryPolicyInputList', false)
  if (pb) out.PermissionsBoundaryPolicyInputList = pb
  const ra = stringList(r.ResourceArns, 'ResourceArns', false)
  if (ra) out.ResourceArns = ra
  for (const k of ['ResourcePolicy', 'ResourceOwner', 'CallerArn', 'ResourceHandlingOption', 'Marker'] as const) {
    if (r[k] !== undefined && r[k] !== null) {
      if (typeof r[k] !== 'string') invalid(`The parameter ${k} must be a string.`)
      out[k] = r[k] as string
    }
  }
  if (r.MaxItems !== undefined) {
    if (typeof r.MaxItems !== 'number' || !Number.isInteger(r.MaxItems) || r.MaxItems < 1 || r.MaxItems > 1000) invalid('1 validation error detected: MaxItems must be an integer between 1 and 1000.')
    out.MaxItems = r.MaxItems
  }
  if (r.ContextEntries !== undefined && r.ContextEntries !== null) {
    if (!Array.isArray(r.ContextEntries)) invalid('The parameter ContextEntries must be a list of ContextEntry structures.')
    out.ContextEntries = r.ContextEntries.map((e, i) => {
      if (typeof e !== 'object' || e === null) invalid(`ContextEntries.member.${i + 1} must be a ContextEntry structure.`)
      const c = e as Record<string, unknown>
      if (typeof c.ContextKeyName !== 'string' || c.ContextKeyName.length < 5 || c.ContextKeyName.length > 256) invalid(`ContextEntries.member.${i + 1}.ContextKeyName must be a string of 5 to 256 characters.`)
      if (typeof c.ContextKeyType !== 'string' || !CONTEXT_TYPES.has(c.ContextKeyType)) invalid(`1 validation error detected: Value '${String(c.ContextKeyType)}' at 'contextEntries.${i + 1}.member.contextKeyType' failed to satisfy constraint: Member must satisfy enum value set: [${[...CONTEXT_TYPES].join(', ')}]`)
      const values = stringList(c.ContextKeyValues, `ContextEntries.member.${i + 1}.ContextKeyValues`, true)!
      return { ContextKeyName: c.ContextKeyName, ContextKeyType: c.ContextKeyType as ContextKeyType, ContextKeyValues: values }
    })
  }
  return out
}

const USER_ARN = /^arn:[^:]+:iam::(\d{12}):user\//

/** A policy text, validated as `type` and parsed; MalformedPolicyDocument (naming `id` and the position) when it has an error. */
export function parsePolicyInput(text: string, id: string, type: PolicyType): PolicyInput {
  const findings: Finding[] = validatePolicy(text, type)
  const error = findings.find((f) => f.findingType === 'ERROR')
  const parsed = parsePolicy(text)
  if (error || !parsed.policy) {
    const f = error ?? parsed.errors[0]
    const where = f ? ` (${id}${f.path ? `, ${f.path}` : ''}, line ${f.start.line}, column ${f.start.column})` : ''
    throw new SimulateInputError('MalformedPolicyDocument', `${f ? f.findingDetails : 'Syntax errors in policy.'}${where}`)
  }
  return { name: id, policy: parsed.policy }
}
