'use client'
// The footer of the two-step policy forms (document, then review): Previous, then Next
// while on the document (off while the editor has blocking findings), else the submit.
import { buttonClass } from '@/components/ui/button'
import type { ReactNode } from 'react'

export function PolicyStepButtons(props: {
  step: number
  setStep: (step: number) => void
  blocking: boolean
  pending: boolean
  submitLabel: string
  /** Shown before Previous, e.g. a Cancel link. */
  leading?: ReactNode
}) {
  const { step, setStep } = props
  return (
    <div className="mt-6 flex justify-end gap-2">
      {props.leading}
      {step > 0 ? (
        <button type="button" className={buttonClass('normal')} onClick={() => setStep(0)}>
          Previous
        </button>
      ) : null}
      {step === 0 ? (
        <button key="next" type="button" className={buttonClass('primary')} disabled={props.blocking} onClick={() => setStep(1)}>
          Next
        </button>
      ) : (
        <button key="submit" type="submit" className={buttonClass('primary')} disabled={props.pending}>
          {props.submitLabel}
        </button>
      )}
    </div>
  )
}
