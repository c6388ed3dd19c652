import Link from 'next/link'

export interface TabItem {
  id: string
  label: string
  href: string
}

/** The console's tab strip; each tab is a link (?tab=...) so a tab can be bookmarked and the page stays a Server Component. */
export function Tabs({ tabs, current, label }: { tabs: TabItem[]; current: string; label: string }) {
  return (
    <nav aria-label={label} className="border-b border-console-line">
      <ul className="flex gap-1">
        {tabs.map((tab) => (
          <li key={tab.id}>
            <Link
              href={tab.href}
              aria-current={tab.id === current ? 'page' : undefined}
              className={`inline-block px-4 py-2 font-bold ${
                tab.id === current ? 'border-b-4 border-console-link text-console-link' : 'text-console-ink hover:text-console-link'
              }`}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
