export function NotBuiltYet({ title }: { title: string }) {
  return (
    <section>
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-4 rounded-md border border-console-line bg-white px-4 py-3">This page is not built yet.</p>
    </section>
  )
}
