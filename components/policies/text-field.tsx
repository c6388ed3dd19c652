import { TEXT_INPUT } from './button-classes'

export function TextField(props: {
  label: string
  name: string
  defaultValue?: string
  description?: string
  error?: string | undefined
  required?: boolean
  value?: string
  onChange?: (value: string) => void
  placeholder?: string
}) {
  const id = `field-${props.name}`
  return (
    <div className="mt-4">
      <label htmlFor={id} className="block font-bold">
        {props.label}
      </label>
      {props.description ? <p className="text-sm text-console-muted">{props.description}</p> : null}
      <input
        id={id}
        name={props.name}
        {...(props.value !== undefined
          ? { value: props.value, onChange: (e: React.ChangeEvent<HTMLInputElement>) => props.onChange?.(e.target.value) }
          : { defaultValue: props.defaultValue ?? '' })}
        required={props.required}
        placeholder={props.placeholder}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
        className={`mt-1 ${TEXT_INPUT}`}
      />
      {props.error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {props.error}
        </p>
      ) : null}
    </div>
  )
}
