import { z } from "zod";
import { qualificationAnswerValues } from "@/lib/domain/application-types";

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((value) => value || null);

const optionalUrl = (message: string, host?: RegExp) =>
  z
    .string()
    .trim()
    .max(500, "Use a shorter address.")
    .optional()
    .transform((value) => value || null)
    .refine((value) => {
      if (value === null) return true;
      try {
        const url = new URL(value);
        return (url.protocol === "https:" || url.protocol === "http:") && (!host || host.test(url.hostname));
      } catch {
        return false;
      }
    }, message);

/** The candidate's own details. Strict: a field we do not know is refused, not stored. */
export const contactSchema = z.strictObject({
  firstName: z.string().trim().min(1, "Enter your first name.").max(100, "Use at most 100 characters."),
  lastName: z.string().trim().min(1, "Enter your last name.").max(100, "Use at most 100 characters."),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "Use at most 254 characters.")
    .pipe(z.email({ message: "Enter a valid email address, like name@example.com." })),
  phone: optionalText(40, "Use at most 40 characters.").refine((v) => v === null || /^[+()0-9 .-]{5,}$/.test(v), "Enter a phone number using digits, spaces and + ( ) - ."),
  location: optionalText(200, "Use at most 200 characters."),
  linkedinUrl: optionalUrl("Enter a LinkedIn address, like https://www.linkedin.com/in/your-name.", /(^|\.)linkedin\.com$/i),
  websiteUrl: optionalUrl("Enter a web address starting with https://."),
  coverLetter: optionalText(10_000, "Keep the cover letter under 10,000 characters."),
});
export type ContactInput = z.input<typeof contactSchema>;

export const qualificationAnswerSchema = z.strictObject({
  answer: z.enum(qualificationAnswerValues).nullable(),
  evidence: z.string().trim().max(2_000, "Keep your evidence under 2,000 characters.").nullable().transform((v) => v || null),
});
