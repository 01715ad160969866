"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { signInAction } from "@/lib/actions/auth-actions";
import type { ActionResult } from "@/lib/actions/action-result";

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, formAction] = useActionState<ActionResult | undefined, FormData>(signInAction, undefined);
  const failed = state && !state.ok ? state : undefined;
  return (
    <form action={formAction} className="mt-8 space-y-5" noValidate>
      <FormAlert message={failed?.error} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <TextField name="email" label="Email" type="email" autoComplete="username" required defaultValue={failed?.values?.email} errors={failed?.fieldErrors.email} />
      <TextField name="password" label="Password" type="password" autoComplete="current-password" required errors={failed?.fieldErrors.password} />
      <SubmitButton pendingLabel="Signing in…">Sign in</SubmitButton>
    </form>
  );
}
