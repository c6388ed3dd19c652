import { describe, expect, it } from 'vitest'
import { parseSimulatorReplay, simulatorReplayHref } from './replay-link'

const DAVE = 'arn:aws:iam::111122223333:user/dave'
const request = {
  principalArn: DAVE,
  action: 'iam:CreateUser',
  resource: 'arn:aws:iam::111122223333:user/newbie',
  context: [{ key: 'aws:SourceIp', type: 'ip' as const, values: ['203.0.113.7'] }, { key: 'aws:MultiFactorAuthPresent', type: 'boolean' as const, values: ['false'] }],
}
const paramsOf = (href: string) => Object.fromEntries(new URL(href, 'http://console').searchParams)

describe('simulator replay link', () => {
  it('carries the refused request to the simulator and back', () => {
    const href = simulatorReplayHref(request)
    expect(href.startsWith('/policy-simulator?')).toBe(true)
    expect(parseSimulatorReplay(paramsOf(href))).toEqual({ policySourceArn: DAVE, actionName: 'iam:CreateUser', resourceArn: request.resource, context: request.context })
  })

  const malformed: { name: string; params: Record<string, string> }[] = [
    { name: 'no principal', params: { ActionNames: 'iam:CreateUser' } },
    { name: 'no action', params: { PolicySourceArn: DAVE } },
    { name: 'context that is not JSON', params: { PolicySourceArn: DAVE, ActionNames: 'iam:GetUser', ContextEntries: '[' } },
    { name: 'a context entry of an unknown type', params: { PolicySourceArn: DAVE, ActionNames: 'iam:GetUser', ContextEntries: '[["aws:SourceIp","ipAddress",["1.2.3.4"]]]' } },
    { name: 'a context value that is not a string', params: { PolicySourceArn: DAVE, ActionNames: 'iam:GetUser', ContextEntries: '[["aws:MultiFactorAuthPresent","boolean",[true]]]' } },
    { name: 'an ARN longer than AWS takes', params: { PolicySourceArn: `${DAVE}${'x'.repeat(2048)}`, ActionNames: 'iam:GetUser' } },
  ]
  for (const c of malformed) it(`is no replay with ${c.name}`, () => expect(parseSimulatorReplay(c.params)).toBeNull())

  it('has no context when none was sent, and the resource "*" when none was named', () => {
    expect(parseSimulatorReplay({ PolicySourceArn: DAVE, ActionNames: 'iam:ListUsers' })).toEqual({ policySourceArn: DAVE, actionName: 'iam:ListUsers', resourceArn: '*', context: [] })
  })
})
