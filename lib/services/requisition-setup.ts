import "server-only";
import { and, asc, count, eq, inArray, isNull } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Executor } from "@/db/client";
import { applications, requisitionMembers, requisitions, stages, users } from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import { canManageRequisitionSetup } from "@/lib/domain/permissions";
import type { Role } from "@/lib/domain/roles";
import { checkStageName, checkStageRemoval, reorderStages, type EditableStage } from "@/lib/domain/stage-editing";
import { writeAudit } from "./audit";
import { NotFoundError, ValidationError } from "./errors";

/** Which users may fill which seat on a hiring team. */
const seatRoles: Record<"hiring_manager" | "recruiter" | "interviewer", readonly Role[]> = {
  hiring_manager: ["hiring_manager", "admin"],
  recruiter: ["recruiter", "admin"],
  interviewer: ["interviewer", "hiring_manager", "recruiter", "admin"],
};

async function loadManaged(actor: Actor, requisitionId: string) {
  if (!canManageRequisitionSetup(actor) || !z.uuid().safeParse(requisitionId).success) throw new NotFoundError("That requisition");
  const [row] = await getDb().select({ id: requisitions.id, title: requisitions.title }).from(requisitions).where(eq(requisitions.id, requisitionId)).limit(1);
  if (!row) throw new NotFoundError("That requisition");
  return row;
}

async function loadStages(db: Executor, requisitionId: string): Promise<EditableStage[]> {
  const rows = await db
    .select({ id: stages.id, name: stages.name, kind: stages.kind, position: stages.position, targetDays: stages.targetDays, applicationCount: count(applications.id) })
    .from(stages)
    .leftJoin(applications, eq(applications.stageId, stages.id))
    .where(and(eq(stages.requisitionId, requisitionId), isNull(stages.archivedAt)))
    .groupBy(stages.id)
    .orderBy(asc(stages.position));
  return rows.map((row) => ({ ...row, applicationCount: Number(row.applicationCount) }));
}

/** The hiring team, the people who could join it, and the stages with how many applications each holds. */
export async function getRequisitionSetup(actor: Actor, requisitionId: string) {
  const requisition = await loadManaged(actor, requisitionId);
  const db = getDb();
  const [members, staff, stageRows] = await Promise.all([
    db.select({ userId: requisitionMembers.userId, role: requisitionMembers.role }).from(requisitionMembers).where(eq(requisitionMembers.requisitionId, requisition.id)),
    db.select({ id: users.id, name: users.name, role: users.role }).from(users).where(eq(users.active, true)).orderBy(asc(users.name)),
    loadStages(db, requisition.id),
  ]);
  const seat = (role: keyof typeof seatRoles) => members.filter((m) => m.role === role).map((m) => m.userId);
  const eligible = (role: keyof typeof seatRoles) => staff.filter((u) => seatRoles[role].includes(u.role));
  return {
    requisition,
    team: { hiringManagerIds: seat("hiring_manager"), recruiterIds: seat("recruiter"), interviewerIds: seat("interviewer") },
    eligible: { hiringManagers: eligible("hiring_manager"), recruiters: eligible("recruiter"), interviewers: eligible("interviewer") },
    stages: stageRows,
  };
}

export const hiringTeamSchema = z.strictObject({
  hiringManagerIds: z.array(z.uuid()).max(5),
  recruiterIds: z.array(z.uuid()).max(5),
  interviewerIds: z.array(z.uuid()).max(50),
});

/** Replaces the hiring team; every seat must go to an active user whose role fits it. */
export async function setHiringTeam(actor: Actor, requisitionId: string, input: z.input<typeof hiringTeamSchema>) {
  const requisition = await loadManaged(actor, requisitionId);
  const parsed = hiringTeamSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError("The hiring team could not be saved.", z.flattenError(parsed.error).fieldErrors);
  const seats = [
    ...parsed.data.hiringManagerIds.map((userId) => ({ userId, role: "hiring_manager" as const })),
    ...parsed.data.recruiterIds.map((userId) => ({ userId, role: "recruiter" as const })),
    ...parsed.data.interviewerIds.map((userId) => ({ userId, role: "interviewer" as const })),
  ];
  return getDb().transaction(async (tx) => {
    const ids = [...new Set(seats.map((s) => s.userId))];
    const found = ids.length ? await tx.select({ id: users.id, role: users.role }).from(users).where(and(inArray(users.id, ids), eq(users.active, true))) : [];
    const roleOf = new Map(found.map((u) => [u.id, u.role]));
    for (const seatAssignment of seats) {
      const role = roleOf.get(seatAssignment.userId);
      if (!role || !seatRoles[seatAssignment.role].includes(role)) {
        throw new ValidationError("Someone on the team cannot take that role.", { [seatAssignment.role]: ["Choose a user with a fitting role."] });
      }
    }
    await tx.delete(requisitionMembers).where(eq(requisitionMembers.requisitionId, requisition.id));
    const unique = [...new Map(seats.map((s) => [`${s.userId}:${s.role}`, s])).values()];
    if (unique.length) await tx.insert(requisitionMembers).values(unique.map((s) => ({ ...s, requisitionId: requisition.id })));
    await writeAudit(tx, actor, { action: "requisition.team", targetType: "requisition", targetId: requisition.id, details: { seats: unique.length } });
  });
}

export const stageEditSchema = z.discriminatedUnion("op", [
  z.strictObject({ op: z.literal("add"), requisitionId: z.uuid(), name: z.string() }),
  z.strictObject({ op: z.literal("rename"), requisitionId: z.uuid(), stageId: z.uuid(), name: z.string() }),
  z.strictObject({ op: z.literal("move"), requisitionId: z.uuid(), stageId: z.uuid(), direction: z.enum(["up", "down"]) }),
  z.strictObject({ op: z.literal("remove"), requisitionId: z.uuid(), stageId: z.uuid() }),
  z.strictObject({
    op: z.literal("target"),
    requisitionId: z.uuid(),
    stageId: z.uuid(),
    targetDays: z.number({ message: "Enter a number of days." }).int("Enter whole days.").min(1, "At least one day.").max(365, "At most 365 days.").nullable(),
  }),
]);
export type StageEdit = z.input<typeof stageEditSchema>;

/**
 * Add, rename, reorder, remove (only when empty) one stage, or set how many days an application may
 * wait in it before it needs attention; under a lock on the requisition.
 */
export async function editStage(actor: Actor, input: StageEdit, now = new Date()): Promise<void> {
  const parsed = stageEditSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError("That stage change is not possible.", z.flattenError(parsed.error).fieldErrors);
  const edit = parsed.data;
  const requisition = await loadManaged(actor, edit.requisitionId);
  await getDb().transaction(async (tx) => {
    await tx.select({ id: requisitions.id }).from(requisitions).where(eq(requisitions.id, requisition.id)).for("update");
    const current = await loadStages(tx, requisition.id);
    const fail = (error: string) => {
      throw new ValidationError(error, { name: [error] });
    };
    if (edit.op === "add") {
      const check = checkStageName(edit.name, current);
      if (!check.ok) fail(check.error);
      // New stages go after the last active stage, before Hired and Rejected.
      const lastActive = Math.max(...current.filter((s) => s.kind === "active").map((s) => s.position), -1);
      for (const s of current.filter((s) => s.position > lastActive)) await tx.update(stages).set({ position: s.position + 1 }).where(eq(stages.id, s.id));
      await tx.insert(stages).values({ requisitionId: requisition.id, name: edit.name.trim(), kind: "active", position: lastActive + 1 });
    } else {
      const target = current.find((s) => s.id === edit.stageId);
      if (!target) throw new NotFoundError("That stage");
      if (edit.op === "rename") {
        const check = checkStageName(edit.name, current.filter((s) => s.id !== target.id));
        if (!check.ok) fail(check.error);
        await tx.update(stages).set({ name: edit.name.trim() }).where(eq(stages.id, target.id));
      } else if (edit.op === "target") {
        await tx.update(stages).set({ targetDays: edit.targetDays }).where(eq(stages.id, target.id));
      } else if (edit.op === "move") {
        const order = reorderStages(current, target.id, edit.direction);
        if (!order) fail(`${target.name} cannot move ${edit.direction}.`);
        for (const [position, id] of (order ?? []).entries()) await tx.update(stages).set({ position }).where(eq(stages.id, id));
      } else {
        const check = checkStageRemoval(target, current);
        if (!check.ok) fail(check.error);
        await tx.update(stages).set({ archivedAt: now }).where(eq(stages.id, target.id));
      }
    }
    await writeAudit(tx, actor, { action: `stage.${edit.op}`, targetType: "requisition", targetId: requisition.id });
  });
}
