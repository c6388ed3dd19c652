// "Open in policy simulator": a refused request, carried to the simulator page in its URL
// (principal, action, resource and the request's context values), and read back there.
// The URL is client text like any other: the page checks what it reads before use.
import type { DeniedRequest } from '@/lib/actions/form-state'
import type { ContextKeyType } from '@/lib/policy/types'

const CONTEXT_KEY_TYPES: readonly ContextKeyType[] = ['string', 'stringList', 'numeric', 'numericList', 'boolean', 'booleanList', 'ip', 'ipList', 'binary', 'binaryList', 'date', 'dateList']
// AWS's own limits on what SimulatePrincipalPolicy takes; beyond them a replay is not one.
const MAX_ARN_LENGTH = 2048
const MAX_CONTEXT_ENTRIES = 100
const MAX_CONTEXT_VALUES = 100

export function simulatorReplayHref(request: DeniedRequest): string {
  const q = new URLSearchParams({ PolicySourceArn: request.principalArn, ActionNames: request.action, ResourceArns: request.resource })
  if (request.context.length) q.set('ContextEntries', JSON.stringify(request.context.map((c) => [c.key, c.type, c.values])))
  return `/policy-simulator?${q.toString()}`
}

export interface SimulatorReplay {
  policySourceArn: string
  actionName: string
  resourceArn: string
  context: DeniedRequest['context']
}

type SearchParams = Record<string, string | string[] | undefined>
const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined)

/** The replay a simulator URL carries, or null when it carries none or a malformed one. */
export function parseSimulatorReplay(params: SearchParams): SimulatorReplay | null {
  const policySourceArn = one(params.PolicySourceArn)
  const actionName = one(params.ActionNames)
  const resourceArn = one(params.ResourceArns) ?? '*'
  if (!policySourceArn || !actionName || policySourceArn.length > MAX_ARN_LENGTH || resourceArn.length > MAX_ARN_LENGTH || actionName.length > 128) return null
  const context = parseContext(one(params.ContextEntries))
  if (context === null) return null
  return { policySourceArn, actionName, resourceArn, context }
}

function parseContext(text: string | undefined): DeniedRequest['context'] | null {
  if (text === undefined) return []
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return null
  }
  if (!Array.isArray(raw) || raw.length > MAX_CONTEXT_ENTRIES) return null
  const out: DeniedRequest['context'] = []
  for (const entry of raw) {
    if (!Array.isArray(entry) || entry.length !== 3) return null
    const [key, type, values] = entry as unknown[]
    if (typeof key !== 'string' || key.length === 0 || key.length > 256) return null
    if (typeof type !== 'string' || !(CONTEXT_KEY_TYPES as readonly string[]).includes(type)) return null
    if (!Array.isArray(values) || values.length > MAX_CONTEXT_VALUES || !values.every((v) => typeof v === 'string' && v.length <= 1024)) return null
    out.push({ key, type: type as ContextKeyType, values: values as string[] })
  }
  return out
}
