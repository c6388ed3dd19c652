import Link from 'next/link'

/** Tabs of a detail page as links (?tab=...), so each tab can be linked and reloaded. */
export function DetailTabs(props: { tabs: { id: string; label: string }[]; current: string; hrefFor: (id: string) => string }) {
  return (
    <nav aria-label="Tabs" className="mt-6 flex gap-1 border-b border-console-line">
      {props.tabs.map((tab) => (
        <Link
          key={tab.id}
          href={props.hrefFor(tab.id)}
          role="tab"
          aria-selected={tab.id === props.current}
          className={
            tab.id === props.current
              ? '-mb-px border-b-4 border-console-link px-4 py-2 font-bold text-console-link'
              : 'px-4 py-2 font-bold text-console-muted hover:text-console-link'
          }
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  )
}
