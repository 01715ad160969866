import Link from "next/link";
import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/current-actor";
import { signOutAction } from "@/lib/actions/auth-actions";
import { canOpenReports, canReadMailbox } from "@/lib/domain/permissions";
import { canManagePrivacy } from "@/lib/domain/privacy-permissions";
import { roleLabels } from "@/lib/domain/roles";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-6 py-3">
          <nav aria-label="Main" className="flex items-center gap-5 text-sm">
            <Link href="/dashboard" className="text-base font-semibold">
              Shortlist
            </Link>
            <Link href="/dashboard" className="hover:underline">
              Requisitions
            </Link>
            <Link href="/dashboard/candidates" className="hover:underline">
              Candidates
            </Link>
            <Link href="/dashboard/interviews" className="hover:underline">
              My interviews
            </Link>
            {canOpenReports(user) ? (
              <Link href="/dashboard/reports" className="hover:underline">
                Reports
              </Link>
            ) : null}
            {canManagePrivacy(user) ? (
              <Link href="/dashboard/audit" className="hover:underline">
                Audit log
              </Link>
            ) : null}
            {canReadMailbox(user) ? (
              <Link href="/dashboard/dev/mailbox" className="hover:underline">
                Dev mailbox
              </Link>
            ) : null}
          </nav>
          <div className="flex items-center gap-4 text-sm">
            <span>
              {user.name} <span className="text-slate-600">({roleLabels[user.role]})</span>
            </span>
            <form action={signOutAction}>
              <button type="submit" className="rounded border border-slate-300 px-3 py-1 hover:bg-slate-100">
                Sign out
              </button>
            </form>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-6 py-8">
        {children}
      </main>
    </>
  );
}
