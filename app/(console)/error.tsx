'use client'

// Unexpected errors only (lib/iam's expected ones are shown by the page that called it).
// Production builds hide the message; the digest ties this view to the server log.
export default function ConsoleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section role="alert" className="max-w-2xl rounded-lg border border-red-600 bg-white px-5 py-4">
      <h1 className="text-lg font-bold text-red-800">Something went wrong</h1>
      <p className="mt-2">The request failed on the server. Try again; if it keeps failing, the server log has the details.</p>
      {error.digest ? <p className="mt-2 text-console-muted">Error reference: {error.digest}</p> : null}
      <button
        type="button"
        onClick={reset}
        className="mt-4 rounded-full border border-console-link px-4 py-1.5 font-bold text-console-link hover:bg-[#f2f8fd]"
      >
        Try again
      </button>
    </section>
  )
}
