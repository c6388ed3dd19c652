// Differential test against @cloud-copilot/iam-simulate (a devDependency; tests may run it as a
// reference, app code never imports it). Generated conditions and request values, drawn from
// well-formed values of each type, must get the same answer from both engines.
//
// Inputs are kept inside the domain where the two engines are meant to agree. Left out, each a
// deliberate difference that follows AWS's documentation (see the operator files):
// - epoch-second dates: iam-simulate compares them as seconds against ISO dates in milliseconds;
// - BinaryEquals with different base64 padding: we compare bytes, it compares text;
// - Null on an empty list: AWS counts an empty value as null, iam-simulate counts it present;
// - IPv4 /0 blocks: iam-simulate's mask `-1 << 32` is -1 in JavaScript, so it reads 0.0.0.0/0 as
//   0.0.0.0/32; we hold every IPv4 address in it (ip-address.test.ts);
// - a bare IPv4 policy address with an IPv6 request under NotIpAddress: iam-simulate says false
//   for "10.1.2.3" but true for "10.1.2.3/32"; AWS makes the bare address a /32, so we say true;
// - lenient parsing ("10abc" as 10, Date.parse forms, bare IPv6 spellings): we refuse non-values.
// Policy variables are not generated: substitution is the evaluator's job, before compiling.
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ContextKeyType } from '../types'
import { CONDITION_OPERATOR_NAMES, compileConditionTest, conditionOperatorValueType, parseConditionOperator } from './index'

// The package's exports map hides its condition module; the reference is loaded by file path.
const referencePath = path.resolve(import.meta.dirname, '../../../node_modules/@cloud-copilot/iam-simulate/dist/esm/condition/condition.js')

interface ReferenceExplain { matches: boolean }
type ReferenceModule = { singleConditionMatchesRequest: (request: unknown, condition: unknown, parameters: unknown) => ReferenceExplain }

const VALUES: Record<string, { policy: string[]; request: string[] }> = {
  string: { policy: ['a', 'b', 'A', 'ab', 'a*', '*', '?b', 'a?c', ''], request: ['a', 'b', 'A', 'ab', 'abc', 'cb', ''] },
  numeric: { policy: ['-3', '0', '1', '1.5', '5', '10', '12'], request: ['-3', '0', '1', '1.50', '2', '5', '10', '11'] },
  date: {
    policy: ['2024-07-01T00:00:00Z', '2025-01-01T00:00:00Z', '2026-01-01T00:00:00Z'],
    request: ['2024-06-30T23:59:59Z', '2024-07-01T00:00:00Z', '2025-06-01T12:00:00Z', '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'],
  },
  boolean: { policy: ['true', 'false', 'True'], request: ['true', 'false', 'TRUE'] },
  binary: { policy: ['YQ==', 'Yg==', 'YWI='], request: ['YQ==', 'Yg==', 'YWI=', 'Yw=='] },
  ip: {
    policy: ['10.0.0.0/8', '10.1.0.0/16', '192.168.1.0/24', '10.1.2.3/32', '2001:db8::/32', '172.16.0.0/12'],
    request: ['10.1.2.3', '10.2.0.1', '192.168.1.9', '11.0.0.1', '2001:db8::5', '2001:db9::1'],
  },
  arn: {
    policy: ['arn:aws:s3:::a', 'arn:aws:s3:::a*', 'arn:aws:iam::123456789012:role/*', 'arn:aws:*:*:123456789012:*', 'arn:aws:iam::*:role/x?'],
    request: ['arn:aws:s3:::a', 'arn:aws:s3:::abc', 'arn:aws:iam::123456789012:role/x1', 'arn:aws:iam::210987654321:role/x1', 'arn:aws:s3:::b'],
  },
  null: { policy: ['true', 'false'], request: ['x', 'y'] },
}

const LIST_TYPE: Record<string, ContextKeyType> = {
  string: 'stringList', arn: 'stringList', numeric: 'numericList', date: 'dateList',
  boolean: 'booleanList', binary: 'binaryList', ip: 'ipList', null: 'stringList',
}

type RequestShape = { kind: 'missing' } | { kind: 'single'; value: string } | { kind: 'list'; values: string[] }

const caseArbitrary = fc
  .record({
    base: fc.constantFrom(...CONDITION_OPERATOR_NAMES),
    setOperator: fc.constantFrom(undefined, 'ForAllValues', 'ForAnyValue'),
    ifExists: fc.boolean(),
    seed: fc.nat(),
  })
  .chain(({ base, setOperator, ifExists }) => {
    const type = conditionOperatorValueType(base)!
    const values = VALUES[type]
    const request: fc.Arbitrary<RequestShape> = fc.oneof(
      fc.constant({ kind: 'missing' as const }),
      fc.constantFrom(...values.request).map((value) => ({ kind: 'single' as const, value })),
      fc
        .array(fc.constantFrom(...values.request), { minLength: base === 'Null' ? 1 : 0, maxLength: 3 })
        .map((list) => ({ kind: 'list' as const, values: list })),
    )
    const name = `${setOperator ? `${setOperator}:` : ''}${base}${ifExists && base !== 'Null' ? 'IfExists' : ''}`
    return fc.record({
      name: fc.constant(name),
      type: fc.constant(type),
      policy: fc.array(fc.constantFrom(...values.policy), { minLength: 1, maxLength: 3 }),
      request,
    })
  })

function referenceAnswer(reference: ReferenceModule, c: { name: string; policy: string[]; request: RequestShape }): boolean {
  const key = 'test:Key'
  const parsed = parseConditionOperator(c.name)!
  const raw = c.request.kind === 'missing' ? undefined : c.request.kind === 'single' ? c.request.value : c.request.values
  const contextValue = raw === undefined ? undefined : {
    isStringValue: () => typeof raw === 'string',
    isArrayValue: () => Array.isArray(raw),
    get value() { return raw as string },
    get values() { return raw as string[] },
  }
  const request = {
    contextKeyExists: (k: string) => k.toLowerCase() === key.toLowerCase() && raw !== undefined,
    getContextKeyValue: () => contextValue,
  }
  const condition = {
    conditionKey: () => key,
    conditionValues: () => c.policy,
    valueIsArray: () => true,
    operation: () => ({
      value: () => c.name,
      baseOperator: () => parsed.base,
      isIfExists: () => parsed.ifExists,
      setOperator: () => parsed.setOperator,
    }),
  }
  return reference.singleConditionMatchesRequest(request, condition, { simulationMode: 'Strict' }).matches
}

describe('agrees with @cloud-copilot/iam-simulate on well-formed values', () => {
  it('on 20,000 generated conditions', async () => {
    const reference = (await import(referencePath)) as ReferenceModule
    let compared = 0
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const ours = compileConditionTest(parseConditionOperator(c.name)!, c.policy)(
          c.request.kind === 'missing' ? undefined : c.request.kind === 'single' ? [c.request.value] : c.request.values,
          c.request.kind === 'list' ? LIST_TYPE[c.type] : undefined,
        )
        compared++
        expect({ case: c, answer: ours }).toEqual({ case: c, answer: referenceAnswer(reference, c) })
      }),
      { numRuns: 20_000, seed: 42 },
    )
    expect(compared).toBe(20_000)
  })
})
