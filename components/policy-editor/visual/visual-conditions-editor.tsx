'use client'
// "Request conditions - optional": the conditions of the block, and "Add another
// condition" with the keys valid for the chosen actions, the operators that fit the
// key's type, and its values (one a line).
import { useId, useState } from 'react'
import { Button } from '@/components/ui/button'
import { inputClass } from '@/components/ui/text-field'
import type { VisualCondition } from '@/lib/policy/visual'
import type { VisualModule } from './visual-catalogue-module'

export function VisualConditionsEditor(props: { visual: VisualModule; service: string; actions: string[]; conditions: VisualCondition[]; onChange: (conditions: VisualCondition[]) => void }) {
  const { visual, conditions, onChange } = props
  const id = useId()
  const [adding, setAdding] = useState(false)
  const [key, setKey] = useState('')
  const [operator, setOperator] = useState('')
  const [values, setValues] = useState('')
  const [placeholderValue, setPlaceholderValue] = useState('')
  const keys = visual.conditionKeysForActions(props.service, props.actions)
  const keyType = keys.find((k) => k.key === key)?.type
  const operators = keyType ? visual.operatorsForKeyType(keyType) : []
  const valueList = values.split('\n').map((v) => v.trim()).filter(Boolean)
  // A key documented with a placeholder (aws:ResourceTag/${TagKey}) asks for its name.
  const placeholder = key ? visual.conditionKeyPlaceholder(key) : undefined
  const filledKey = placeholder === undefined ? key : visual.fillConditionKey(key, placeholderValue.trim())
  const canAdd = key !== '' && operators.includes(operator) && valueList.length > 0 && (placeholder === undefined || placeholderValue.trim() !== '')
  const close = () => {
    setAdding(false)
    setKey('')
    setOperator('')
    setValues('')
    setPlaceholderValue('')
  }
  return (
    <fieldset className="mt-4">
      <legend className="font-bold">Request conditions - optional</legend>
      {conditions.length > 0 ? (
        <table className="mt-1 w-full text-sm" aria-label="Request conditions">
          <thead>
            <tr className="text-left">
              <th>Condition key</th>
              <th>Operator</th>
              <th>Value</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {conditions.map((c, i) => (
              <tr key={`${c.operator}-${c.key}-${i}`}>
                <td className="font-mono">{c.key}</td>
                <td>{c.operator}</td>
                <td className="font-mono">{c.values.join(', ')}</td>
                <td className="text-right">
                  <Button variant="link" aria-label={`Remove condition ${c.key}`} onClick={() => onChange(conditions.filter((_, j) => j !== i))}>
                    Remove
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {adding ? (
        <div className="mt-2 grid gap-2 rounded border border-console-line p-2 sm:grid-cols-3">
          <div>
            <label htmlFor={`${id}-key`} className="block font-bold">
              Condition key
            </label>
            <select
              id={`${id}-key`}
              className={inputClass}
              value={key}
              onChange={(e) => {
                setKey(e.target.value)
                setOperator('')
              }}
            >
              <option value="">Choose a condition key</option>
              {keys.map((k) => (
                <option key={k.key} value={k.key}>
                  {k.key}
                </option>
              ))}
            </select>
            {placeholder !== undefined ? (
              <>
                <label htmlFor={`${id}-placeholder`} className="mt-1 block font-bold">
                  {visual.arnPartLabel(placeholder.charAt(0).toUpperCase() + placeholder.slice(1))}
                </label>
                <input id={`${id}-placeholder`} className={inputClass} value={placeholderValue} onChange={(e) => setPlaceholderValue(e.target.value)} />
              </>
            ) : null}
          </div>
          <div>
            <label htmlFor={`${id}-operator`} className="block font-bold">
              Operator
            </label>
            <select id={`${id}-operator`} className={inputClass} value={operator} disabled={!keyType} onChange={(e) => setOperator(e.target.value)}>
              <option value="">Choose an operator</option>
              {operators.map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${id}-value`} className="block font-bold">
              Value
            </label>
            <textarea id={`${id}-value`} rows={2} className={inputClass} placeholder="One value a line" value={values} onChange={(e) => setValues(e.target.value)} />
          </div>
          <div className="flex justify-end gap-2 sm:col-span-3">
            <Button onClick={close}>Cancel</Button>
            <Button
              variant="primary"
              disabled={!canAdd}
              onClick={() => {
                onChange([...conditions, { operator, key: filledKey, values: valueList }])
                close()
              }}
            >
              Add condition
            </Button>
          </div>
        </div>
      ) : (
        <Button className="mt-2" onClick={() => setAdding(true)}>
          Add another condition
        </Button>
      )}
    </fieldset>
  )
}
