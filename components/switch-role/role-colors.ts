import type { RoleDisplayColor } from '@/lib/auth/switched-role'

/** The console's display colours (the same shades as AWS's switch-role page), as Tailwind classes. */
export const ROLE_COLOR_CHOICES: { value: RoleDisplayColor; label: string; className: string }[] = [
  { value: 'none', label: 'None', className: 'bg-transparent text-white' },
  { value: 'red', label: 'Red', className: 'bg-[#f2b0a9] text-gray-900' },
  { value: 'orange', label: 'Orange', className: 'bg-[#fbc8aa] text-gray-900' },
  { value: 'yellow', label: 'Yellow', className: 'bg-[#efda95] text-gray-900' },
  { value: 'green', label: 'Green', className: 'bg-[#b7ca9d] text-gray-900' },
  { value: 'blue', label: 'Blue', className: 'bg-[#83d4e8] text-gray-900' },
]

export const roleColorClass = (color: RoleDisplayColor) => ROLE_COLOR_CHOICES.find((c) => c.value === color)?.className ?? ''
