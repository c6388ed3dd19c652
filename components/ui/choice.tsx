import { useId, type InputHTMLAttributes, type ReactNode } from 'react'

/**
 * A checkbox or radio with a bold label and a description under it. The description is
 * linked with aria-describedby, not put in the label, so the control's name is just the
 * label ("Custom password"), as people and tests call it.
 */
export function Choice({ label, description, className, ...input }: InputHTMLAttributes<HTMLInputElement> & { type: 'checkbox' | 'radio'; label: ReactNode; description?: ReactNode }) {
  const id = useId()
  return (
    <div className={`flex items-start gap-2 ${className ?? ''}`}>
      <input id={id} className="mt-1" aria-describedby={description ? `${id}-description` : undefined} {...input} />
      <div>
        <label htmlFor={id} className="font-bold">
          {label}
        </label>
        {description ? (
          <p id={`${id}-description`} className="text-sm text-console-muted">
            {description}
          </p>
        ) : null}
      </div>
    </div>
  )
}
