import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { PublicHeader } from "@/components/ui/public-header";
import { getCurrentActor } from "@/lib/auth/current-actor";

export const metadata: Metadata = { title: "Sign in" };

interface Props {
  searchParams: Promise<{ callbackUrl?: string }>;
}

export default async function LoginPage({ searchParams }: Props) {
  const actor = await getCurrentActor();
  if (actor.kind === "user") redirect("/dashboard");
  const { callbackUrl } = await searchParams;
  return (
    <>
      <PublicHeader />
      <main id="main" className="mx-auto max-w-md px-6 py-16">
        <h1 className="text-2xl font-semibold">Sign in to Shortlist</h1>
        <p className="mt-2 text-slate-600">For the hiring team. Candidates do not need an account.</p>
        <LoginForm callbackUrl={typeof callbackUrl === "string" ? callbackUrl : undefined} />
      </main>
    </>
  );
}
