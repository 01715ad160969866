import { z } from "zod";
import { offerSteps } from "@/lib/domain/offer-rules";
import { payPeriods } from "@/lib/domain/posting/posting-types";

// "85,000" and "85 000" are how people write salaries; the amount is whole units of the currency.
const wholeAmount = z.preprocess(
  (value) => (typeof value === "string" ? value.replace(/[\s,_]/g, "") : value),
  z.coerce.number({ message: "Enter the salary as a number." }).int("Use a whole amount.").min(1, "Enter a salary above zero.").max(100_000_000, "That salary is too large."),
);

export const draftOfferSchema = z.strictObject({
  applicationId: z.uuid(),
  salary: wholeAmount,
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, "Use a three-letter currency code such as USD."),
  payPeriod: z.enum(payPeriods, { message: "Choose a pay period." }),
  startDate: z.iso.date({ message: "Enter a start date." }),
  notes: z.string().trim().max(2_000, "Keep the notes under 2,000 characters.").default(""),
});
export type DraftOfferInput = z.input<typeof draftOfferSchema>;

export const offerStepSchema = z.strictObject({
  offerId: z.uuid(),
  expectedVersion: z.coerce.number().int().positive(),
  step: z.enum(offerSteps),
  exceptionReason: z
    .string()
    .trim()
    .max(1_000, "Keep the reason under 1,000 characters.")
    .optional()
    .transform((v) => v || null),
});
export type OfferStepInput = z.input<typeof offerStepSchema>;
