import { z } from "zod";
import { employmentTypes, payPeriods, workplaceTypes } from "@/lib/domain/posting/posting-types";
import { closeReasons, qualificationKinds, requisitionStatuses } from "@/lib/domain/requisition-types";

const listItem = z.string().trim().min(1).max(1_000, "Keep each item under 1,000 characters.");
const list = (max: number) => z.array(listItem).max(max, `At most ${max} items.`);

export const compensationSchema = z
  .strictObject({
    min: z.number().int("Use whole amounts.").min(0, "Pay cannot be negative.").max(100_000_000),
    max: z.number().int("Use whole amounts.").min(0, "Pay cannot be negative.").max(100_000_000),
    currency: z.string().regex(/^[A-Z]{3}$/, "Use a three-letter currency code such as USD."),
    period: z.enum(payPeriods),
  })
  .refine((pay) => pay.min <= pay.max, { message: "The minimum pay is above the maximum.", path: ["max"] });

/** Everything the review screen saves. Unknown keys are refused, ids are checked by the service. */
export const requisitionDraftSchema = z.strictObject({
  title: z.string().trim().min(1, "Enter a job title.").max(200, "Keep the title under 200 characters."),
  department: z.string().trim().max(200).nullable().transform((v) => v || null),
  locations: list(20),
  workplaceType: z.enum(workplaceTypes).nullable(),
  employmentType: z.enum(employmentTypes).nullable(),
  compensation: compensationSchema.nullable(),
  summary: z.string().trim().max(5_000, "Keep the summary under 5,000 characters."),
  responsibilities: list(100),
  qualifications: z
    .array(z.strictObject({ id: z.uuid().optional(), kind: z.enum(qualificationKinds), text: listItem }))
    .max(60, "At most 60 qualifications."),
  benefits: list(100),
  skills: z.array(z.string().trim().min(1).max(100)).max(100),
  headcount: z.number().int().min(1, "Hire at least one person.").max(999, "Enter at most 999."),
});
export type RequisitionDraftInput = z.input<typeof requisitionDraftSchema>;

export const statusChangeSchema = z.strictObject({
  requisitionId: z.uuid(),
  to: z.enum(requisitionStatuses),
  closeReason: z.enum(closeReasons).nullable().default(null),
});
