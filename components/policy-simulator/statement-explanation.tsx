// A statement named in an explanation (which policy, Sid, line), with the conditions it
// applied under beside the request's values; and the statements that name the action but
// did not apply, each with the part that failed.
import Link from 'next/link'
import { policyHref } from '@/components/policies/policy-type'
import { nameOfArn, parsePolicyArn } from '@/lib/iam/arn'
import type { MetCondition } from '@/lib/policy/explain/statement-conditions'
import type { MatchedStatement, NonMatchReason, PrincipalElement, UnmatchedStatement } from '@/lib/policy/types'

export function StatementRef({ statement: s }: { statement: MatchedStatement }) {
  // Managed policies are named by ARN in explanations; inline ones by name.
  const href = parsePolicyArn(s.policyName) ? policyHref(s.policyName) : null
  return (
    <>
      {s.effect} statement {s.sid ? `"${s.sid}"` : `#${s.statementIndex + 1}`} in{' '}
      {href ? (
        <Link className="text-console-link underline" href={href}>
          {nameOfArn(s.policyName)}
        </Link>
      ) : (
        s.policyName
      )}
      {s.versionId ? ` (${s.versionId})` : ''}, line {s.position.line}
    </>
  )
}

const values = (v: readonly string[]) => v.join(', ')
const requestValue = (key: string, v: readonly string[] | null) => (v === null ? `the request has no ${key}` : `the request's ${key}: ${v.length ? values(v) : '(empty list)'}`)

/** "IpAddress aws:SourceIp 10.0.0.0/8 — the request's aws:SourceIp: 203.0.113.7" */
export function ConditionText({ c }: { c: MetCondition }) {
  return (
    <>
      Condition <code>{c.operator}</code> <code>{c.key}</code> <code>{values(c.policyValues)}</code>; {requestValue(c.key, c.requestValues)}
    </>
  )
}

export function StatementWithConditions({ statement }: { statement: MatchedStatement & { conditions?: MetCondition[] } }) {
  return (
    <>
      <StatementRef statement={statement} />
      {statement.conditions?.length ? (
        <ul className="list-[circle] pl-5">
          {statement.conditions.map((c) => (
            <li key={`${c.operator}-${c.key}`}>
              <ConditionText c={c} />
            </li>
          ))}
        </ul>
      ) : null}
    </>
  )
}

const principalsText = (p: PrincipalElement | null) => (p === null ? 'none' : p === '*' ? '*' : Object.entries(p).map(([k, v]) => `${k}: ${v.join(', ')}`).join('; '))

function ReasonText({ r }: { r: NonMatchReason }) {
  switch (r.part) {
    case 'Resource':
      return <>Resource did not match <code>{r.resource}</code> (the statement&apos;s Resource: <code>{values(r.patterns)}</code>)</>
    case 'NotResource':
      return <>NotResource excludes <code>{r.resource}</code> (<code>{values(r.patterns)}</code>)</>
    case 'Principal':
      return <>Principal does not name <code>{r.principal}</code> (the statement&apos;s Principal: <code>{principalsText(r.patterns)}</code>)</>
    case 'NotPrincipal':
      return <>NotPrincipal excludes <code>{r.principal}</code></>
    case 'Condition':
      return <>Condition <code>{r.operator}</code> <code>{r.key}</code> <code>{values(r.policyValues)}</code> not met; {requestValue(r.key, r.requestValues)}</>
  }
}

export function UnmatchedStatements({ statements }: { statements: readonly UnmatchedStatement[] }) {
  if (!statements.length) return null
  return (
    <section aria-label="Statements that did not apply" className="mt-2">
      <h4 className="font-semibold">Statements that name the action but did not apply</h4>
      <ul className="list-disc pl-5">
        {statements.map((s) => (
          <li key={`${s.policyType}-${s.policyName}-${s.statementIndex}`}>
            <StatementRef statement={s} />
            <ul className="list-[circle] pl-5">
              {s.reasons.map((r, i) => (
                <li key={i}>
                  <ReasonText r={r} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  )
}
