// The visual editor's choices for the actions chosen so far, as tables.
import { describe, expect, it } from 'vitest'
import { actionsByAccessLevel, conditionKeyPlaceholder, conditionKeysForActions, fillConditionKey, operatorsForKeyType, resourceTypesForActions } from './visual-catalogue'

describe('actions by access level', () => {
  it.each([
    { service: 's3', action: 'GetObject', level: 'Read' },
    { service: 's3', action: 'ListBucket', level: 'List' },
    { service: 's3', action: 'PutObjectTagging', level: 'Tagging' },
    { service: 'iam', action: 'AttachUserPolicy', level: 'Permissions management' },
    { service: 'iam', action: 'CreateUser', level: 'Write' },
  ])('$service:$action is under $level', ({ service, action, level }) => {
    expect(actionsByAccessLevel(service).find((g) => g.actions.includes(action))?.level).toBe(level)
  })

  it('lists the levels in the console order and an unknown service has none', () => {
    expect(actionsByAccessLevel('s3').map((g) => g.level)).toEqual(['List', 'Read', 'Tagging', 'Write', 'Permissions management'])
    expect(actionsByAccessLevel('s3x')).toEqual([])
  })
})

describe('resource types and condition keys of the chosen actions', () => {
  it.each([
    { name: 'GetObject and ListBucket', service: 's3', actions: ['GetObject', 'ListBucket'], types: ['bucket', 'object'] },
    { name: 'an action name in another case', service: 's3', actions: ['getobject'], types: ['object'] },
    { name: 'an action that takes no resource type', service: 's3', actions: ['ListAllMyBuckets'], types: [] },
    { name: 'an unknown action', service: 's3', actions: ['GetObjekt'], types: [] },
  ])('$name', ({ service, actions, types }) => {
    const found = resourceTypesForActions(service, actions).map((t) => t.resourceType)
    expect(found).toEqual(expect.arrayContaining(types))
    if (types.length === 0) expect(found).toEqual([])
  })

  it.each([
    { name: "an action's own key", service: 's3', actions: ['ListBucket'], key: 's3:prefix', present: true },
    { name: 'a global key', service: 's3', actions: ['GetObject'], key: 'aws:SourceIp', present: true },
    { name: "another action's key", service: 's3', actions: ['GetObject'], key: 's3:prefix', present: false },
    { name: 'a global key that is not aws:', service: 's3', actions: ['GetObject'], key: 'glue:RoleAssumedBy', present: false },
  ])('$name: $key', ({ service, actions, key, present }) => {
    expect(conditionKeysForActions(service, actions).some((k) => k.key === key)).toBe(present)
  })
})

describe('operators for a key type', () => {
  it.each([
    { type: 'IPAddress', has: ['IpAddress', 'NotIpAddress', 'IpAddressIfExists', 'Null'], not: ['StringEquals'] },
    { type: 'Bool', has: ['Bool', 'BoolIfExists', 'Null'], not: ['NumericEquals'] },
    { type: 'ArrayOfString', has: ['ForAnyValue:StringEquals', 'ForAllValues:StringLike', 'Null'], not: ['StringEquals'] },
    { type: 'ARN', has: ['ArnLike', 'StringEquals'], not: ['IpAddress'] },
  ])('$type', ({ type, has, not }) => {
    const ops = operatorsForKeyType(type)
    expect(ops).toEqual(expect.arrayContaining(has))
    for (const o of not) expect(ops).not.toContain(o)
  })
})

describe('condition keys with a placeholder', () => {
  it.each([
    { key: 'aws:ResourceTag/${TagKey}', placeholder: 'TagKey', filled: 'aws:ResourceTag/team' },
    { key: 's3:ExistingObjectTag/<key>', placeholder: 'key', filled: 's3:ExistingObjectTag/team' },
    { key: 'aws:SourceIp', placeholder: undefined, filled: 'aws:SourceIp' },
  ])('$key', ({ key, placeholder, filled }) => {
    expect(conditionKeyPlaceholder(key)).toBe(placeholder)
    expect(fillConditionKey(key, 'team')).toBe(filled)
  })
})
