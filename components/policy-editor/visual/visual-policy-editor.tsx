'use client'
// The visual editor: one block per statement, "Add more permissions" for another.
import { Button } from '@/components/ui/button'
import type { VisualPolicy } from '@/lib/policy/visual'
import type { VisualModule } from './visual-catalogue-module'
import { VisualStatementEditor } from './visual-statement-editor'

export function VisualPolicyEditor(props: { visual: VisualModule; policy: VisualPolicy; onChange: (p: VisualPolicy) => void }) {
  const { visual, policy, onChange } = props
  const statements = policy.statements
  const set = (i: number, s: VisualPolicy['statements'][number]) => onChange({ ...policy, statements: statements.map((x, j) => (j === i ? s : x)) })
  return (
    <div className="space-y-3 p-3">
      {statements.map((s, i) => (
        <VisualStatementEditor
          // Blocks are not reordered, only added at the end or removed; the index is their identity.
          key={i}
          visual={visual}
          statement={s}
          label={`Permissions block ${i + 1}`}
          onChange={(next) => set(i, next)}
          onRemove={statements.length > 1 ? () => onChange({ ...policy, statements: statements.filter((_, j) => j !== i) }) : undefined}
        />
      ))}
      <Button onClick={() => onChange({ ...policy, statements: [...statements, visual.emptyVisualStatement()] })}>Add more permissions</Button>
    </div>
  )
}
