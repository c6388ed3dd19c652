'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'

interface NavItem {
  href: string
  label: string
}

// The IAM console's left navigation, in its order and with its names.
const SECTIONS: { heading?: string; items: NavItem[] }[] = [
  { items: [{ href: '/', label: 'Dashboard' }] },
  {
    heading: 'Access management',
    items: [
      { href: '/groups', label: 'User groups' },
      { href: '/users', label: 'Users' },
      { href: '/roles', label: 'Roles' },
      { href: '/policies', label: 'Policies' },
      { href: '/identity-providers', label: 'Identity providers' },
      { href: '/account-settings', label: 'Account settings' },
    ],
  },
  {
    heading: 'Access reports',
    items: [
      { href: '/credential-report', label: 'Credential report' },
      { href: '/event-history', label: 'Event history' },
    ],
  },
  { items: [{ href: '/policy-simulator', label: 'Policy simulator' }] },
]

function isCurrent(pathname: string, href: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`)
}

export function ConsoleNavigation() {
  const pathname = usePathname()
  return (
    <nav aria-label="Identity and Access Management (IAM)" className="py-4">
      <p className="px-6 pb-3 text-base font-bold">Identity and Access Management (IAM)</p>
      {SECTIONS.map((section, index) => (
        <div key={section.heading ?? index} className="border-t border-console-line py-3 first-of-type:border-t-0">
          {section.heading ? <p className="px-6 pb-1 font-bold">{section.heading}</p> : null}
          <ul>
            {section.items.map((item) => {
              const current = isCurrent(pathname, item.href)
              return (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    aria-current={current ? 'page' : undefined}
                    className={`block py-1 pr-4 ${section.heading ? 'pl-9' : 'pl-6'} ${
                      current ? 'font-bold text-console-link' : 'text-console-ink hover:text-console-link'
                    }`}
                  >
                    {item.label}
                  </Link>
                </li>
              )
            })}
          </ul>
        </div>
      ))}
    </nav>
  )
}
