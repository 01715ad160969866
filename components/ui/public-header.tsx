import Link from "next/link";

export function PublicHeader({ organizationName = "Sesame" }: { organizationName?: string }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-4xl items-center justify-between px-6 py-4">
        <Link href="/jobs" className="text-lg font-semibold">
          {organizationName} careers
        </Link>
        <Link href="/login" className="text-sm text-slate-600 underline-offset-2 hover:underline">
          Team sign-in
        </Link>
      </div>
    </header>
  );
}
