import type { Metadata } from "next";
import { PublicHeader } from "@/components/ui/public-header";
import { APPLICANT_DATA_RETENTION_DAYS, PRIVACY_NOTICE_VERSION } from "@/lib/domain/privacy-notice";

export const metadata: Metadata = { title: "Privacy notice", openGraph: { title: "Privacy notice" } };

// No data, but rendered per request like every page: a prebuilt page would carry no CSP nonce
// (app/layout.tsx). It remains the benchmark's yardstick for a page that costs no data at all.
export default function PrivacyPage() {
  return (
    <>
      <PublicHeader />
      <main id="main" className="mx-auto max-w-2xl px-6 py-10">
        <h1 className="text-3xl font-semibold">Privacy notice</h1>
        <p className="mt-2 text-sm text-slate-600">Version {PRIVACY_NOTICE_VERSION}</p>
        <div className="mt-6 space-y-4">
          <p>
            When you apply for a job, Sesame processes the information you give us — your name, email address, resume and
            your answers — to consider you for that job and to contact you about it. We use it for recruiting and for nothing
            else.
          </p>
          <p>
            The people who see your application are the recruiters and the hiring team of the job you applied for. We do not
            sell your data or share it with anyone outside the hiring process.
          </p>
          <p>
            We keep your application for {APPLICANT_DATA_RETENTION_DAYS} days after the last activity on it, then delete it.
            You can ask us to erase it sooner, or to see or correct what we hold about you, at any time by replying to any
            email we have sent you about your application.
          </p>
        </div>
      </main>
    </>
  );
}
