import { describe, expect, it } from 'vitest'
import { parseSimulateRequest, SimulateInputError } from './parse-simulate-request'

const ALLOW = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] })
const USER = 'arn:aws:iam::111122223333:user/alice'
const base = { PolicyInputList: [ALLOW], ActionNames: ['s3:GetObject'] }

describe('parseSimulateRequest refuses', () => {
  it.each([
    { name: 'a request that is not an object', input: [], code: 'InvalidInput', message: /must be a JSON object/ },
    { name: 'an unknown parameter', input: { ...base, Extra: 1 }, code: 'InvalidInput', message: /Unknown parameter Extra/ },
    { name: 'no ActionNames', input: { PolicyInputList: [ALLOW] }, code: 'InvalidInput', message: /Value null at 'actionNames'/ },
    { name: 'a ResourcePolicy without CallerArn', input: { ...base, ResourcePolicy: ALLOW }, code: 'InvalidInput', message: /CallerArn is required/ },
    { name: 'a CallerArn that is not a user', input: { ...base, CallerArn: 'arn:aws:iam::111122223333:role/r' }, code: 'InvalidInput', message: /only the ARN of an IAM user/ },
    { name: 'a ResourceOwner that is not an account root', input: { ...base, ResourceOwner: USER }, code: 'InvalidInput', message: /Invalid ResourceOwner/ },
    { name: 'a policy with an error', input: { ...base, PolicyInputList: ['{"Statement": 5}'] }, code: 'MalformedPolicyDocument', message: /PolicyInputList\.1/ },
    { name: 'a Marker past the last action', input: { ...base, Marker: '2' }, code: 'InvalidInput', message: /Invalid Marker 2/ },
  ])('$name', ({ input, code, message }) => {
    const error = (() => {
      try {
        parseSimulateRequest(input)
        return null
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(SimulateInputError)
    expect((error as SimulateInputError).code).toBe(code)
    expect((error as SimulateInputError).message).toMatch(message)
  })
})

describe('parseSimulateRequest accepts', () => {
  it('a request with a caller, an owner and every policy kind, each named by its SourcePolicyId', () => {
    const parsed = parseSimulateRequest({
      ...base,
      PermissionsBoundaryPolicyInputList: [ALLOW],
      ResourcePolicy: ALLOW.replace('"Effect":"Allow"', '"Effect":"Allow","Principal":"*"'),
      CallerArn: USER,
      ResourceOwner: 'arn:aws:iam::444455556666:root',
      Marker: '1',
    })
    expect(parsed.callerAccount).toBe('111122223333')
    expect(parsed.ownerAccount).toBe('444455556666')
    expect(parsed.identity.map((p) => p.name)).toEqual(['PolicyInputList.1'])
    expect(parsed.boundary?.map((p) => p.name)).toEqual(['PermissionsBoundaryPolicyInputList.1'])
    expect(parsed.resourcePolicy?.name).toBe('ResourcePolicy')
    expect([...parsed.texts.keys()]).toEqual(['PolicyInputList.1', 'PermissionsBoundaryPolicyInputList.1', 'ResourcePolicy'])
    expect(parsed.pageStart).toBe(1)
  })
})

describe('parseSimulateRequest for SimulatePrincipalPolicy', () => {
  it.each([
    { name: 'PolicyInputList is optional', input: { PolicySourceArn: USER, ActionNames: ['s3:GetObject'] }, identity: [] },
    { name: 'PolicyInputList adds policies', input: { PolicySourceArn: USER, ActionNames: ['s3:GetObject'], PolicyInputList: [ALLOW] }, identity: ['PolicyInputList.1'] },
  ])('$name', ({ input, identity }) => {
    expect(parseSimulateRequest(input, 'SimulatePrincipalPolicy').identity.map((p) => p.name)).toEqual(identity)
  })

  it('SimulateCustomPolicy does not know PolicySourceArn', () => {
    expect(() => parseSimulateRequest({ ...base, PolicySourceArn: USER })).toThrow('Unknown parameter PolicySourceArn for SimulateCustomPolicy.')
  })
})
