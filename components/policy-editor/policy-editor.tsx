'use client'
// The policy editor, the one every page that writes a policy uses: the JSON editor
// (CodeMirror, findings in its lint gutter) and, for permissions policies, the visual
// editor beside it (Visual / JSON, as the console's policy editor). The document text is
// the one truth: the visual editor writes it on every change, and switching to Visual
// reads it again, or says why it cannot show it (nothing is dropped to fit).
// ERROR findings mean IAM would reject the document, so the form that owns the editor
// disables its Next/Save button until there are none (onBlockingChange). The server
// checks the document again (lib/iam); what it says comes back as `error`.
//
// The validator and the visual editor's catalogue are imported on demand: they carry the
// service/action index (~3 MB of JSON) that only pages with an editor need.
import { useEffect, useId, useState } from 'react'
import type { Finding, PolicyType } from '@/lib/policy/types'
import type { VisualPolicy } from '@/lib/policy/visual'
import { FindingsList } from './findings-list'
import { JsonCodeEditor } from './json-code-editor'
import { loadVisualModule, type VisualModule } from './visual/visual-catalogue-module'
import { VisualPolicyEditor } from './visual/visual-policy-editor'

type Validate = (text: string, policyType: PolicyType, options?: { maxLength?: number }) => Finding[]

let validatorPromise: Promise<Validate> | null = null
function loadValidator(): Promise<Validate> {
  validatorPromise ??= import('@/lib/policy/validate').then((m) => m.validatePolicy)
  return validatorPromise
}

export const sizeWithoutWhitespace = (text: string) => text.replace(/\s/g, '').length

type Mode = 'visual' | 'json'
type VisualState = { ok: true; policy: VisualPolicy } | { ok: false; reason: string }

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
  const [mode, setMode] = useState<Mode>('json')
  const [visual, setVisual] = useState<VisualModule | null>(null)
  const [visualState, setVisualState] = useState<VisualState | null>(null)
  const id = useId()
  // The visual editor writes permissions policies (one service per block, no Principal);
  // trust policies are written in JSON only, as in the console.
  const hasVisual = policyType === 'identity'

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

  const changeText = (next: string) => {
    setText(next)
    onChange?.(next)
    // Until the new text is validated it may not be saved: no click slips in between a
    // change and its findings.
    onBlockingChange?.(true)
  }

  const showVisual = () => {
    setMode('visual')
    void loadVisualModule().then((m) => {
      setVisual(() => m)
      setVisualState(m.documentToVisual(text))
    })
  }

  const size = sizeWithoutWhitespace(text)
  const label = props.label ?? 'Policy editor'
  const tab = (m: Mode, title: string, onSelect: () => void) => (
    <button
      type="button"
      role="tab"
      id={`${id}-tab-${m}`}
      aria-selected={mode === m}
      aria-controls={`${id}-panel-${m}`}
      onClick={() => mode !== m && onSelect()}
      className={`px-3 py-1 font-bold ${mode === m ? 'rounded-full bg-console-link text-white' : 'text-console-link'}`}
    >
      {title}
    </button>
  )
  return (
    <div className="rounded-md border border-console-line bg-white">
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-console-line px-3 py-2">
        <span id={`${id}-title`} className="font-bold">
          {label}
        </span>
        {hasVisual ? (
          <div role="tablist" aria-label="Editing mode" className="flex gap-1 rounded-full border border-console-line p-0.5">
            {tab('visual', 'Visual', showVisual)}
            {tab('json', 'JSON', () => setMode('json'))}
          </div>
        ) : null}
        <span className={size > maxLength ? 'text-red-700' : 'text-console-muted'}>
          {size.toLocaleString('en-US')} of {maxLength.toLocaleString('en-US')} characters (without white space)
        </span>
      </div>
      <input type="hidden" name={props.name} value={text} />
      <div id={`${id}-panel-json`} role={hasVisual ? 'tabpanel' : undefined} aria-labelledby={hasVisual ? `${id}-tab-json` : undefined} hidden={mode !== 'json'}>
        <JsonCodeEditor value={text} onChange={changeText} findings={findings} label={label} describedBy={`${id}-findings`} invalid={Boolean(props.error)} />
      </div>
      {hasVisual ? (
        <div id={`${id}-panel-visual`} role="tabpanel" aria-labelledby={`${id}-tab-visual`} hidden={mode !== 'visual'}>
          {mode !== 'visual' ? null : !visual || !visualState ? (
            <p className="px-3 py-2 text-console-muted">Loading the visual editor…</p>
          ) : visualState.ok ? (
            <VisualPolicyEditor
              visual={visual}
              policy={visualState.policy}
              onChange={(policy) => {
                setVisualState({ ok: true, policy })
                changeText(visual.visualToDocument(policy))
              }}
            />
          ) : (
            <p role="alert" className="m-3 rounded border border-amber-600 bg-amber-50 px-3 py-2">
              The visual editor cannot show this policy: {visualState.reason} Edit it in the JSON editor; it is kept as it is.
            </p>
          )}
        </div>
      ) : null}
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
