"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-actor";
import { cancelInterview, rescheduleInterview, scheduleInterview } from "@/lib/services/interviews";
import { failureFrom, textValues, type ActionResult } from "./action-result";

export interface ScheduledResult {
  interviewId: string;
  /** Interviewers who already have an interview at an overlapping time. */
  warnings: string[];
}

const FIELDS = ["title", "date", "time", "timeZone", "durationMinutes", "location", "planItemId"] as const;

export async function scheduleInterviewAction(_prev: ActionResult<ScheduledResult> | undefined, formData: FormData): Promise<ActionResult<ScheduledResult>> {
  const actor = await requireUser();
  const applicationId = String(formData.get("applicationId") ?? "");
  try {
    const scheduled = await scheduleInterview(actor, {
      applicationId,
      title: String(formData.get("title") ?? ""),
      date: String(formData.get("date") ?? ""),
      time: String(formData.get("time") ?? ""),
      timeZone: String(formData.get("timeZone") ?? ""),
      durationMinutes: formData.get("durationMinutes"),
      location: String(formData.get("location") ?? ""),
      interviewerIds: formData.getAll("interviewerIds").map(String),
      planItemId: formData.get("planItemId") ? String(formData.get("planItemId")) : undefined,
    });
    revalidatePath(`/dashboard/applications/${applicationId}`);
    const warnings = [...new Set(scheduled.warnings.map((w) => w.name))];
    return { ok: true, data: { interviewId: scheduled.id, warnings }, message: "Interview scheduled; invites are on their way." };
  } catch (error) {
    return failureFrom(error, textValues(formData, FIELDS));
  }
}

export async function cancelInterviewAction(_prev: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  try {
    await cancelInterview(actor, { scheduledInterviewId: String(formData.get("scheduledInterviewId") ?? "") });
    revalidatePath("/dashboard", "layout");
    return { ok: true, data: undefined, message: "Interview cancelled; the cancellation is on its way." };
  } catch (error) {
    return failureFrom(error);
  }
}

export interface RescheduledResult {
  /** Interviewers who already have an interview at an overlapping time. */
  warnings: string[];
}

const RESCHEDULE_FIELDS = ["date", "time", "timeZone", "durationMinutes", "location"] as const;

export async function rescheduleInterviewAction(_prev: ActionResult<RescheduledResult> | undefined, formData: FormData): Promise<ActionResult<RescheduledResult>> {
  const actor = await requireUser();
  try {
    const moved = await rescheduleInterview(actor, {
      scheduledInterviewId: String(formData.get("scheduledInterviewId") ?? ""),
      date: String(formData.get("date") ?? ""),
      time: String(formData.get("time") ?? ""),
      timeZone: String(formData.get("timeZone") ?? ""),
      durationMinutes: formData.get("durationMinutes"),
      location: String(formData.get("location") ?? ""),
    });
    revalidatePath("/dashboard", "layout");
    return { ok: true, data: { warnings: [...new Set(moved.warnings.map((w) => w.name))] }, message: "Interview moved; the updated invites are on their way." };
  } catch (error) {
    return failureFrom(error, textValues(formData, RESCHEDULE_FIELDS));
  }
}
