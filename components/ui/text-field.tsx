import { useId, type InputHTMLAttributes, type ReactNode } from 'react'

export const inputClass =
  'w-full rounded-md border border-gray-400 bg-white px-3 py-1.5 focus:border-console-link focus:outline-2 focus:outline-console-link aria-[invalid=true]:border-red-700'

/** A labelled input with its description and its error right under it (the error names the field that caused it). */
export function TextField({
  label,
  description,
  constraint,
  error,
  className,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { label: ReactNode; description?: ReactNode; constraint?: ReactNode; error?: string | undefined }) {
  const id = useId()
  const describedBy = [description ? `${id}-description` : '', constraint ? `${id}-constraint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ')
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      {description ? (
        <p id={`${id}-description`} className="text-sm text-console-muted">
          {description}
        </p>
      ) : null}
      <input id={id} className={`mt-1 ${inputClass}`} aria-invalid={error ? true : undefined} aria-describedby={describedBy || undefined} {...input} />
      {constraint ? (
        <p id={`${id}-constraint`} className="mt-1 text-sm text-console-muted">
          {constraint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} error={error} />
    </div>
  )
}

export function FieldError({ id, error }: { id?: string; error?: string | undefined }) {
  return error ? (
    <p id={id} className="mt-1 text-sm font-semibold text-red-700">
      {error}
    </p>
  ) : null
}
