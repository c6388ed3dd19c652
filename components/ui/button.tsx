import type { ButtonHTMLAttributes } from 'react'

export type ButtonVariant = 'primary' | 'normal' | 'link' | 'danger'

// The console's three button kinds (Cloudscape: primary, normal, link) and a red one for
// the last step of a delete.
const VARIANT_CLASS: Record<ButtonVariant, string> = {
  primary: 'rounded-full border border-console-accent bg-console-accent px-5 py-1.5 font-bold text-console-ink hover:bg-[#ec7211]',
  normal: 'rounded-full border border-console-link bg-white px-5 py-1.5 font-bold text-console-link hover:bg-[#f2f8fd]',
  link: 'px-2 py-1.5 font-bold text-console-link hover:underline',
  danger: 'rounded-full border border-red-700 bg-red-700 px-5 py-1.5 font-bold text-white hover:bg-red-800',
}

/** The class of a console button, for links that look like one (e.g. "Create user"). */
export function buttonClass(variant: ButtonVariant = 'normal'): string {
  return `${VARIANT_CLASS[variant]} inline-block disabled:cursor-not-allowed disabled:opacity-50`
}

export function Button({ variant = 'normal', className, type = 'button', ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }) {
  return <button type={type} className={`${buttonClass(variant)} ${className ?? ''}`} {...props} />
}
