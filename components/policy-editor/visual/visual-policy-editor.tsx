'use client'
// The visual editor: one block per statement, "Add more permissions" for another.
import { useRef } from 'react'
import { Button } from '@/components/ui/button'
import type { VisualPolicy } from '@/lib/policy/visual'
import type { VisualModule } from './visual-catalogue-module'
import { VisualStatementEditor } from './visual-statement-editor'

export function VisualPolicyEditor(props: { visual: VisualModule; policy: VisualPolicy; onChange: (p: VisualPolicy) => void }) {
  const { visual, policy, onChange } = props
  const statements = policy.statements
  // Each block keeps its own state (the filter, an open ARN dialog) when a block above it is removed.
  const ids = useRef<number[]>([])
  const next = useRef(0)
  while (ids.current.length < statements.length) ids.current.push(next.current++)
  const set = (i: number, s: VisualPolicy['statements'][number]) => onChange({ ...policy, statements: statements.map((x, j) => (j === i ? s : x)) })
  const remove = (i: number) => {
    ids.current = ids.current.filter((_, j) => j !== i)
    onChange({ ...policy, statements: statements.filter((_, j) => j !== i) })
  }
  return (
    <div className="space-y-3 p-3">
      {statements.map((s, i) => (
        <VisualStatementEditor
          key={ids.current[i]}
          visual={visual}
          statement={s}
          label={`Permissions block ${i + 1}`}
          onChange={(next) => set(i, next)}
          onRemove={statements.length > 1 ? () => remove(i) : undefined}
        />
      ))}
      <Button onClick={() => onChange({ ...policy, statements: [...statements, visual.emptyVisualStatement()] })}>Add more permissions</Button>
    </div>
  )
}
