"use server";

import { redirect } from "next/navigation";
import { anonymousActor } from "@/lib/domain/actor";
import { submitApplication } from "@/lib/services/applications";
import { failureFrom, textValues, type ActionResult } from "./action-result";

const TEXT_FIELDS = ["firstName", "lastName", "email"] as const;

export async function submitApplicationAction(_prev: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const slug = String(formData.get("slug") ?? "");
  const values = textValues(formData, TEXT_FIELDS);
  const file = formData.get("resume");
  const resume =
    file instanceof File ? { filename: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : { filename: "", bytes: new Uint8Array() };
  let outcome;
  try {
    outcome = await submitApplication(
      anonymousActor,
      slug,
      { firstName: values.firstName ?? "", lastName: values.lastName ?? "", email: values.email ?? "" },
      resume,
    );
  } catch (error) {
    return failureFrom(error, values);
  }
  redirect(`/jobs/${encodeURIComponent(slug)}/applied${outcome.status === "already_applied" ? "?already=1" : ""}`);
}
