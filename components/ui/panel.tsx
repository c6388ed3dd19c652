import type { ReactNode } from 'react'

/** A console container: a header with its actions, then the content. */
export function Panel({ title, description, actions, children, headingLevel = 2 }: { title: ReactNode; description?: ReactNode; actions?: ReactNode; children: ReactNode; headingLevel?: 1 | 2 | 3 }) {
  const Heading = `h${headingLevel}` as 'h1' | 'h2' | 'h3'
  return (
    <section className="rounded-lg border border-console-line bg-white">
      <div className="flex flex-wrap items-start justify-between gap-4 border-b border-console-line px-5 py-3">
        <div>
          <Heading className="text-lg font-bold">{title}</Heading>
          {description ? <p className="mt-1 max-w-3xl text-sm text-console-muted">{description}</p> : null}
        </div>
        {actions ? <div className="flex flex-wrap items-center gap-2">{actions}</div> : null}
      </div>
      <div className="px-5 py-4">{children}</div>
    </section>
  )
}
