import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ApplyForm } from "@/components/apply/apply-form";
import { PublicHeader } from "@/components/ui/public-header";
import { orNotFound } from "@/lib/app/or-not-found";
import { getOpenJob } from "@/lib/services/requisitions";

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const job = await getOpenJob(slug).catch(() => null);
  return { title: job ? `Apply: ${job.title}` : "Job not found" };
}

export default async function ApplyPage({ params }: Props) {
  await connection();
  const { slug } = await params;
  const job = await orNotFound(getOpenJob(slug));
  return (
    <>
      <PublicHeader />
      <main id="main" className="mx-auto max-w-2xl px-6 py-10">
        <p>
          <Link href={`/jobs/${job.slug}`} className="text-sm text-brand-700 hover:underline">
            ← Back to the job
          </Link>
        </p>
        <h1 className="mt-3 text-3xl font-semibold">Apply: {job.title}</h1>
        <p className="mt-2 text-slate-600">Fields marked optional can be left empty. Everything else is required.</p>
        <ApplyForm slug={job.slug} />
      </main>
    </>
  );
}
