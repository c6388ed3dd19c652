'use client'
// The JSON policy editor: a textarea with line numbers and the engine's findings, live,
// listed by line and column like Access Analyzer's policy validation in the console.
// ERROR findings mean IAM would reject the document, so the form that owns the editor
// disables its Next/Save button until there are none (onBlockingChange). The server
// checks the document again (lib/iam); what it says comes back as `error`.
//
// The validator is imported on demand: it carries the service/action index
// (~3 MB of JSON) that only pages with an editor need.
import { useEffect, useId, useRef, useState } from 'react'
import type { Finding, PolicyType } from '@/lib/policy/types'
import { FindingsList } from './findings-list'

type Validate = (text: string, policyType: PolicyType, options?: { maxLength?: number }) => Finding[]

let validatorPromise: Promise<Validate> | null = null
function loadValidator(): Promise<Validate> {
  validatorPromise ??= import('@/lib/policy/validate').then((m) => m.validatePolicy)
  return validatorPromise
}

export const sizeWithoutWhitespace = (text: string) => text.replace(/\s/g, '').length

export function PolicyEditor(props: {
  /** Form field name of the document. */
  name: string
  defaultValue: string
  policyType: PolicyType
  /** Characters without white space that IAM accepts for this kind of policy. */
  maxLength: number
  /** An error for this field from the server (MalformedPolicyDocument, LimitExceeded). */
  error?: string | undefined
  onChange?: (text: string) => void
  onBlockingChange?: (blocking: boolean) => void
  label?: string
}) {
  const { onBlockingChange, onChange, policyType, maxLength } = props
  const [text, setText] = useState(props.defaultValue)
  const [findings, setFindings] = useState<Finding[] | null>(null)
  const gutter = useRef<HTMLPreElement>(null)
  const id = useId()

  useEffect(() => {
    let cancelled = false
    const timer = setTimeout(() => {
      void loadValidator().then((validate) => {
        if (cancelled) return
        const next = validate(text, policyType, { maxLength })
        setFindings(next)
        onBlockingChange?.(next.some((f) => f.findingType === 'ERROR'))
      })
    }, 250)
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [text, policyType, maxLength, onBlockingChange])

  const lineCount = text.split('\n').length
  const size = sizeWithoutWhitespace(text)
  return (
    <div className="rounded-md border border-console-line bg-white">
      <div className="flex items-center justify-between border-b border-console-line px-3 py-2">
        <label htmlFor={id} className="font-bold">
          {props.label ?? 'Policy editor'}
        </label>
        <span className={size > maxLength ? 'text-red-700' : 'text-console-muted'}>
          {size.toLocaleString('en-US')} of {maxLength.toLocaleString('en-US')} characters (without white space)
        </span>
      </div>
      <div className="flex max-h-[32rem] overflow-hidden font-mono text-sm">
        <pre
          ref={gutter}
          aria-hidden="true"
          className="m-0 select-none overflow-hidden border-r border-console-line bg-gray-50 px-2 py-2 text-right leading-5 text-console-muted"
        >
          {Array.from({ length: lineCount }, (_, i) => i + 1).join('\n')}
        </pre>
        <textarea
          id={id}
          name={props.name}
          value={text}
          spellCheck={false}
          rows={Math.min(Math.max(lineCount, 12), 25)}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={`${id}-findings`}
          onChange={(e) => {
            setText(e.target.value)
            onChange?.(e.target.value)
            // Until the new text is validated it may not be saved: no click slips in
            // between a keystroke and its findings.
            onBlockingChange?.(true)
          }}
          onScroll={(e) => {
            if (gutter.current) gutter.current.scrollTop = e.currentTarget.scrollTop
          }}
          className="min-h-60 w-full resize-y whitespace-pre px-3 py-2 leading-5 outline-none"
          wrap="off"
        />
      </div>
      {props.error ? (
        <p role="alert" className="border-t border-console-line bg-red-50 px-3 py-2 text-red-800">
          {props.error}
        </p>
      ) : null}
      <div id={`${id}-findings`} className="border-t border-console-line">
        <FindingsList findings={findings} />
      </div>
    </div>
  )
}
