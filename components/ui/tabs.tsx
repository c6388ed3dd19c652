import Link from 'next/link'

export interface TabItem<T extends string = string> {
  id: T
  label: string
}

/** The tab a page shows: the one its query names, else the first (an unknown name is not an error). */
export function currentTab<T extends string>(tabs: readonly TabItem<T>[], requested: string | string[] | undefined): T {
  return tabs.find((t) => t.id === requested)?.id ?? tabs[0]!.id
}

/**
 * The console's tab strip of a detail page (user, group, role, policy). Each tab is a link
 * (?section=... or ?tab=...) marked aria-current, so a tab can be bookmarked and reloaded
 * and the page stays a Server Component.
 */
export function Tabs<T extends string>({ tabs, current, label, hrefFor }: { tabs: readonly TabItem<T>[]; current: T; label: string; hrefFor: (id: T) => string }) {
  return (
    <nav aria-label={label} className="border-b border-console-line">
      <ul className="flex gap-1">
        {tabs.map((tab) => (
          <li key={tab.id}>
            <Link
              href={hrefFor(tab.id)}
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
