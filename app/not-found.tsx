import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl px-6 py-24 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-3 text-slate-600">The page you asked for does not exist, or you do not have access to it.</p>
      <p className="mt-6">
        <Link href="/jobs" className="text-brand-700 underline">
          See open jobs
        </Link>
      </p>
    </main>
  );
}
