'use client'
// The JSON editor: CodeMirror 6 with JSON language support, its findings (the engine's
// validator, run by the owning PolicyEditor) drawn in the lint gutter and under the text
// at their lines and columns. The document stays owned by the caller: CodeMirror reports
// each change, and a new `value` from outside (the visual editor wrote the document) replaces
// the editor's text.
import { useEffect, useRef } from 'react'
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands'
import { json } from '@codemirror/lang-json'
import { bracketMatching, defaultHighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language'
import { lintGutter, setDiagnostics } from '@codemirror/lint'
import { EditorState } from '@codemirror/state'
import { EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view'
import type { Finding } from '@/lib/policy/types'
import { findingsAsDiagnostics } from './findings-as-diagnostics'

const theme = EditorView.theme({
  '&': { fontSize: '0.875rem', maxHeight: '32rem' },
  '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace', minHeight: '15rem' },
  '&.cm-focused': { outline: 'none' },
})

/**
 * The nonce of this page's Content-Security-Policy (style-src allows no inline style
 * without it), as Next put it on the page's scripts: CodeMirror writes its stylesheet
 * in a <style> element, which must carry it.
 */
function pageNonce(): string {
  return document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce ?? ''
}

export function JsonCodeEditor(props: {
  value: string
  onChange: (text: string) => void
  findings: readonly Finding[] | null
  label: string
  describedBy?: string
  invalid?: boolean
}) {
  const host = useRef<HTMLDivElement>(null)
  const view = useRef<EditorView | null>(null)
  const onChange = useRef(props.onChange)
  onChange.current = props.onChange
  // Set while `value` from outside is written in: that text is the caller's already.
  const applyingValue = useRef(false)

  useEffect(() => {
    const editor = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: props.value,
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          lintGutter(),
          history(),
          indentOnInput(),
          bracketMatching(),
          highlightActiveLine(),
          syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
          json(),
          keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
          theme,
          EditorView.cspNonce.of(pageNonce()),
          EditorView.contentAttributes.of({ 'aria-label': props.label, 'aria-multiline': 'true', role: 'textbox', ...(props.describedBy ? { 'aria-describedby': props.describedBy } : {}) }),
          EditorView.updateListener.of((u) => {
            if (u.docChanged && !applyingValue.current) onChange.current(u.state.doc.toString())
          }),
        ],
      }),
    })
    view.current = editor
    return () => {
      editor.destroy()
      view.current = null
    }
    // The editor is made once; value and findings reach it through the effects below.
  }, [])

  useEffect(() => {
    const editor = view.current
    if (!editor || editor.state.doc.toString() === props.value) return
    applyingValue.current = true
    try {
      editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: props.value } })
    } finally {
      applyingValue.current = false
    }
  }, [props.value])

  useEffect(() => {
    const editor = view.current
    if (!editor || props.findings === null) return
    // Findings were computed for `value`; if the text has moved on since, the next run redraws them.
    if (editor.state.doc.toString() !== props.value) return
    editor.dispatch(setDiagnostics(editor.state, findingsAsDiagnostics(editor.state.doc, props.findings)))
  }, [props.findings, props.value])

  useEffect(() => {
    const content = view.current?.contentDOM
    if (!content) return
    if (props.invalid) content.setAttribute('aria-invalid', 'true')
    else content.removeAttribute('aria-invalid')
  }, [props.invalid])

  return <div ref={host} className="overflow-hidden" />
}
