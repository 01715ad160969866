"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { signIn, signOut } from "@/lib/auth/auth";
import type { ActionResult } from "./action-result";

const GENERIC_ERROR = "That email and password do not match an active account.";

const signInSchema = z.strictObject({
  email: z.string().trim().min(1, "Enter your email address."),
  password: z.string().min(1, "Enter your password."),
  callbackUrl: z.string().optional(),
});

/** Only same-site paths: an attacker-supplied callbackUrl must not redirect off the site. */
function safeCallback(url: string | undefined): string {
  return url && url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\") ? url : "/dashboard";
}

export async function signInAction(_prev: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const parsed = signInSchema.safeParse({
    email: formData.get("email") ?? "",
    password: formData.get("password") ?? "",
    callbackUrl: formData.get("callbackUrl") ?? undefined,
  });
  const values = { email: String(formData.get("email") ?? "") };
  if (!parsed.success) {
    return { ok: false, error: "Enter your email and password.", fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
  }
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeCallback(parsed.data.callbackUrl),
    });
  } catch (error) {
    // signIn redirects by throwing; only a failed credential check is an AuthError.
    if (error instanceof CredentialsSignin && error.code === "rate_limited") {
      return { ok: false, error: "Too many failed sign-ins. Wait 15 minutes and try again.", fieldErrors: {}, values };
    }
    if (error instanceof AuthError) return { ok: false, error: GENERIC_ERROR, fieldErrors: {}, values };
    throw error;
  }
  return { ok: true, data: undefined };
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}
