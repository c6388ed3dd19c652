'use client'

import type { ReactNode } from 'react'
import { Button } from './button'

/**
 * The footer of a console wizard: Previous after the first step, Next until the last one
 * (off while the step is not complete), then the submit button.
 */
export function WizardStepButtons(props: {
  step: number
  lastStep: number
  setStep: (step: number) => void
  nextDisabled: boolean
  pending: boolean
  submitLabel: string
  /** Shown before Previous, e.g. a Cancel link. */
  leading?: ReactNode
}) {
  const { step, setStep } = props
  // Keyed buttons: the clicked Next must not become the submit button in place.
  return (
    <div className="mt-6 flex justify-end gap-2">
      {props.leading}
      {step > 0 ? <Button onClick={() => setStep(step - 1)}>Previous</Button> : null}
      {step < props.lastStep ? (
        <Button key="next" variant="primary" disabled={props.nextDisabled} onClick={() => setStep(step + 1)}>
          Next
        </Button>
      ) : (
        <Button key="submit" type="submit" variant="primary" disabled={props.pending}>
          {props.submitLabel}
        </Button>
      )}
    </div>
  )
}
