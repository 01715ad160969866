import { pgEnum } from "drizzle-orm/pg-core";
import { employmentTypes, payPeriods, workplaceTypes } from "../../lib/domain/posting/posting-types";
import { roles } from "../../lib/domain/roles";
import { closeReasons, qualificationKinds, requisitionStatuses, stageKinds } from "../../lib/domain/requisition-types";

export const userRole = pgEnum("user_role", roles);
export const workplaceType = pgEnum("workplace_type", workplaceTypes);
export const employmentType = pgEnum("employment_type", employmentTypes);
export const payPeriod = pgEnum("pay_period", payPeriods);
export const requisitionStatus = pgEnum("requisition_status", requisitionStatuses);
export const qualificationKind = pgEnum("qualification_kind", qualificationKinds);
export const stageKind = pgEnum("stage_kind", stageKinds);
export const teamRole = pgEnum("team_role", ["hiring_manager", "recruiter", "interviewer"]);
export const closeReason = pgEnum("close_reason", closeReasons);
