import { randomUUID } from "node:crypto";
import { and, eq, isNotNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { applications, noteMentions, scorecards } from "@/db/schema";
import { applyToTestRequisition, TEST_PASSWORD, uniqueEmail, validSubmission } from "@/db/testing/factories";
import { applyFieldNames } from "@/lib/actions/apply-form-state";
import { boardMoveFieldNames } from "@/lib/actions/board-move-fields";
import { archivePlanInterview, getInterviewPlan } from "@/lib/services/interview-plan";
import { addNote } from "@/lib/services/notes";
import { draftOffer } from "@/lib/services/offers";
import { listRejectionReasons, rejectApplication } from "@/lib/services/rejections";
import { addRequisitionQuestion } from "@/lib/services/requisition-questions";
import { saveScorecard } from "@/lib/services/scorecards";
import { addTags } from "@/lib/services/tags";
import type { ActorKey } from "../matrix";
import type { MatrixUsers, TargetWorld } from "./world";

export interface CallContext {
  actor: ActorKey;
  users: MatrixUsers & { otherRequisition: { id: string; slug: string } };
  world: TargetWorld;
  /** The status token this actor holds: the real one for the candidate, a guess for everyone else. */
  token: string;
}

/**
 * How to call one action row: the form it posts, built for this actor (setup that the row needs runs
 * here, as the system or an admin, before the actor's session is set). `args` replaces the usual
 * (previousState, formData) for actions with another signature; `happened` says whether an action
 * that reports nothing back did its work.
 */
export interface ActionCall {
  form: (ctx: CallContext) => Promise<FormData> | FormData;
  previous?: (ctx: CallContext) => unknown;
  args?: (form: FormData, previous: unknown) => unknown[];
  happened?: (ctx: CallContext, form: FormData) => Promise<boolean>;
}

const formOf = (fields: Record<string, string | string[] | Blob>): FormData => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(name, item);
  }
  return form;
};

const firstReasonId = async (ctx: CallContext) => (await listRejectionReasons(ctx.users.admin))[0]?.id ?? "";
const items = (ctx: CallContext) => JSON.stringify([{ applicationId: ctx.world.applicationId, expectedVersion: 1 }]);

const draftFields = {
  title: "Matrix Analyst",
  department: "Operations",
  locations: "Berlin, Germany",
  workplaceType: "hybrid",
  employmentType: "full_time",
  payMin: "60000",
  payMax: "70000",
  payCurrency: "EUR",
  payPeriod: "year",
  summary: "Checks who may do what.",
  responsibilities: "Read the matrix.",
  qualificationKind: ["required", "preferred"],
  qualificationText: ["Two years of access reviews.", "Knows PostgreSQL."],
  benefits: "Lunch.",
  skills: "Auditing",
  headcount: "1",
};

const emptyRequisitionState = () => ({ draft: null, warnings: [], fieldErrors: {}, revision: 0 });

/** Keyed like the matrix rows: "<action> (<use>)". */
export const actionCalls: Record<string, ActionCall> = {
  "submitApplicationAction (apply to an open job)": {
    async form({ world }) {
      const submission = await validSubmission(world.slug);
      const fields: Record<string, string | Blob> = {
        slug: world.slug,
        submissionId: submission.submissionId,
        firstName: "Grace",
        lastName: "Matrix",
        email: uniqueEmail("matrix-applicant"),
        consent: "yes",
        resume: new File([new Uint8Array(submission.resume?.bytes ?? [])], "grace.pdf", { type: "application/pdf" }),
      };
      for (const [id, answer] of Object.entries(submission.qualificationAnswers)) fields[applyFieldNames.answer(id)] = answer.answer ?? "";
      for (const [key, answer] of Object.entries(submission.questionAnswers)) fields[applyFieldNames.question(key)] = answer ?? "";
      return formOf(fields);
    },
    previous: () => ({ fieldErrors: {}, values: {}, resume: null, submissionId: randomUUID() }),
  },
  "withdrawApplicationAction (withdraw an application)": {
    form: ({ token }) => formOf({ token, confirm: "yes" }),
  },
  "signInAction (sign in)": {
    form: ({ actor, users }) =>
      actor === "candidate" || actor === "anonymous" ? formOf({ email: uniqueEmail("nobody"), password: TEST_PASSWORD }) : formOf({ email: users[actor].email, password: TEST_PASSWORD }),
  },
  "signOutAction (sign out)": {
    form: () => new FormData(),
    args: () => [],
  },
  "requisitionFormAction (parse a pasted posting into a draft)": {
    form: () => formOf({ intent: "parse", postingText: "Matrix Analyst\n\nRequirements:\n- Two years of access reviews." }),
    previous: emptyRequisitionState,
  },
  "requisitionFormAction (save a new requisition)": {
    form: () => formOf({ ...draftFields, intent: "save" }),
    previous: emptyRequisitionState,
  },
  "requisitionFormAction (save changes to a requisition)": {
    form: ({ world }) => formOf({ ...draftFields, intent: "save", requisitionId: world.requisitionId }),
    previous: emptyRequisitionState,
  },
  "changeRequisitionStatusAction (publish, pause, close, reopen)": {
    form: ({ world }) => formOf({ requisitionId: world.requisitionId, to: "paused" }),
  },
  "setHiringTeamAction (set the hiring team)": {
    form: ({ world, users }) =>
      formOf({ requisitionId: world.requisitionId, hiringManagerId: users.managerOnTeam.id, interviewerId: [users.interviewerScheduled.id, users.interviewerNotScheduled.id] }),
  },
  "editStageAction (add a stage)": {
    form: ({ world }) => formOf({ requisitionId: world.requisitionId, op: "add", name: "Matrix review" }),
  },
  "addQuestionAction (add an application question)": {
    form: ({ world }) => formOf({ requisitionId: world.requisitionId, label: "Do you hold a work permit?", kind: "yes_no", required: "yes" }),
  },
  "removeQuestionAction (remove an application question)": {
    async form({ world, users }) {
      await addRequisitionQuestion(users.admin, world.requisitionId, { label: "Favourite database?", kind: "short_text", required: false, options: [], knockoutAnswers: [] });
      const { listRequisitionQuestions } = await import("@/lib/services/requisition-questions");
      const [question] = await listRequisitionQuestions(users.admin, world.requisitionId);
      return formOf({ requisitionId: world.requisitionId, questionId: question?.id ?? "" });
    },
  },
  "moveApplicationAction (move to another stage)": {
    form: ({ world }) => formOf({ applicationId: world.applicationId, toStageId: world.stageIds[1] ?? "", expectedVersion: "1", reason: "" }),
  },
  "moveFromBoardFormAction (move from the board without JavaScript)": {
    form: ({ world }) =>
      formOf({
        // The application sits in the first stage, the column whose Move button is pressed.
        [boardMoveFieldNames.selected(world.stageIds[0] ?? "")]: boardMoveFieldNames.selectedValue(world.applicationId, 1),
        [boardMoveFieldNames.stage(world.stageIds[0] ?? "")]: world.stageIds[1] ?? "",
        [boardMoveFieldNames.button]: world.stageIds[0] ?? "",
      }),
  },
  "rejectApplicationAction (reject with a reason)": {
    form: async (ctx) => formOf({ applicationId: ctx.world.applicationId, expectedVersion: "1", reasonId: await firstReasonId(ctx), sendEmail: "on", note: "" }),
  },
  "undoRejectionEmailAction (cancel a waiting rejection email)": {
    async form(ctx) {
      const rejected = await rejectApplication(ctx.users.admin, { applicationId: ctx.world.applicationId, expectedVersion: 1, reasonId: await firstReasonId(ctx), sendEmail: true });
      return formOf({ stageEventId: rejected.stageEventId });
    },
  },
  "bulkBoardAction (bulk move)": {
    form: (ctx) => formOf({ operation: "move", items: items(ctx), toStageId: ctx.world.stageIds[1] ?? "" }),
  },
  "bulkBoardAction (bulk reject)": {
    form: async (ctx) => formOf({ operation: "reject", items: items(ctx), reasonId: await firstReasonId(ctx), note: "" }),
  },
  "bulkBoardAction (bulk email)": {
    form: (ctx) => formOf({ operation: "email", items: items(ctx), subject: "Hello {firstName}", body: "About {jobTitle}." }),
  },
  "bulkBoardAction (bulk tag)": {
    form: (ctx) => formOf({ operation: "tag", items: items(ctx), tag: "matrix" }),
  },
  "scheduleInterviewAction (schedule an interview)": {
    form: ({ world, users }) =>
      formOf({
        applicationId: world.applicationId,
        title: "Matrix follow-up",
        date: "2031-06-07",
        time: "11:00",
        timeZone: "UTC",
        durationMinutes: "45",
        location: "",
        interviewerIds: users.interviewerScheduled.id,
      }),
  },
  "cancelInterviewAction (cancel an interview)": {
    form: ({ world }) => formOf({ scheduledInterviewId: world.interviewId }),
  },
  "saveScorecardAction (save or submit one's scorecard)": {
    form: ({ world }) => formOf({ scheduledInterviewId: world.interviewId, intent: "draft", keyTakeaways: "Draft from the matrix." }),
  },
  "addNoteAction (add a note)": {
    form: ({ world }) => formOf({ applicationId: world.applicationId, body: "A note from the matrix." }),
  },
  "editNoteAction (edit a note)": {
    async form({ world, users }) {
      const note = await addNote(users.managerOnTeam, { applicationId: world.applicationId, body: "Hank's first thought." });
      return formOf({ noteId: note.noteId, applicationId: world.applicationId, body: "Hank's second thought." });
    },
  },
  "updateTagsAction (add a tag)": {
    form: ({ world }) => formOf({ applicationId: world.applicationId, tag: "matrix" }),
  },
  "updateTagsAction (remove a tag)": {
    async form({ world, users }) {
      await addTags(users.admin, [world.applicationId], ["matrix"]);
      return formOf({ applicationId: world.applicationId, remove: "matrix" });
    },
  },
  "mergeCandidatesAction (merge two candidates)": {
    async form({ world, users }) {
      const otherApplicationId = await applyToTestRequisition(users.otherRequisition.slug);
      const [other] = await getDb().select({ candidateId: applications.candidateId }).from(applications).where(eq(applications.id, otherApplicationId));
      return formOf({ keepCandidateId: world.candidateId, mergeCandidateId: other?.candidateId ?? "" });
    },
  },
  "rescheduleInterviewAction (reschedule an interview)": {
    form: ({ world }) => formOf({ scheduledInterviewId: world.interviewId, date: "2031-06-08", time: "12:00", timeZone: "UTC", durationMinutes: "30", location: "" }),
  },
  "editPlanInterviewAction (add an interview to the plan)": {
    form: ({ world }) => formOf({ op: "add", requisitionId: world.requisitionId, stageId: world.stageIds[1] ?? "", name: "Matrix deep dive", durationMinutes: "45", instructions: "", customLabels: "Communication" }),
  },
  "generateInterviewPlanAction (generate the default interview plan)": {
    // A new requisition comes with the default plan: empty it, so generating has something to do.
    async form({ world, users }) {
      const plan = await getInterviewPlan(users.admin, world.requisitionId);
      for (const item of plan.stages.flatMap((stage) => stage.interviews)) await archivePlanInterview(users.admin, { planItemId: item.id });
      return formOf({ requisitionId: world.requisitionId });
    },
  },
  "autosaveScorecardDraftAction (autosave one's scorecard draft)": {
    form: ({ world }) => formOf({ scheduledInterviewId: world.interviewId, keyTakeaways: "Typing…" }),
    args: (form) => [form],
  },
  "amendScorecardAction (amend one's submitted scorecard)": {
    async form({ world, users }) {
      await saveScorecard(users.interviewerScheduled, { scheduledInterviewId: world.interviewId, intent: "submit", keyTakeaways: "First view.", overallRecommendation: "yes" });
      const [card] = await getDb().select({ id: scorecards.id }).from(scorecards).where(eq(scorecards.scheduledInterviewId, world.interviewId));
      return formOf({ scorecardId: card?.id ?? "", reason: "Mixed up two candidates.", keyTakeaways: "Second view.", overallRecommendation: "no" });
    },
  },
  "draftOfferAction (draft an offer)": {
    form: ({ world }) => formOf({ applicationId: world.applicationId, salary: "80,000", currency: "EUR", payPeriod: "year", startDate: "2031-07-01", notes: "" }),
  },
  "takeOfferStepAction (approve an offer)": {
    async form({ world, users }) {
      const offer = await draftOffer(users.admin, { applicationId: world.applicationId, salary: 80000, currency: "EUR", payPeriod: "year", startDate: "2031-07-01" });
      return formOf({ offerId: offer.offerId, expectedVersion: String(offer.version), step: "approve", exceptionReason: "" });
    },
  },
  "setHeadcountAction (set the headcount)": {
    form: ({ world }) => formOf({ requisitionId: world.requisitionId, headcount: "2" }),
  },
  "rejectRemainingCandidatesAction (reject the remaining candidates)": {
    form: async (ctx) => formOf({ selected: `${ctx.world.applicationId}:1`, reasonId: await firstReasonId(ctx), note: "" }),
  },
  "setLegalHoldAction (put a candidate under legal hold)": {
    form: ({ world }) => formOf({ candidateId: world.candidateId, legalHold: "on" }),
  },
  "eraseCandidateAction (erase a candidate on request)": {
    form: ({ world }) => formOf({ candidateId: world.candidateId, confirm: "yes" }),
  },
  "markMentionReadAction (mark a mention read)": {
    async form({ world, users }) {
      const note = await addNote(users.managerOnTeam, { applicationId: world.applicationId, body: `Over to you, @${users.recruiter.name}.` });
      return formOf({ noteId: note.noteId });
    },
    args: (form) => [form],
    // The action reports nothing; it worked when the recruiter's mention is now read.
    async happened({ users }, form) {
      const read = await getDb()
        .select({ noteId: noteMentions.noteId })
        .from(noteMentions)
        .where(and(eq(noteMentions.noteId, String(form.get("noteId"))), eq(noteMentions.userId, users.recruiter.id), isNotNull(noteMentions.readAt)));
      return read.length > 0;
    },
  },
};
