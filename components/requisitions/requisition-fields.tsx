import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { employmentLabels, workplaceLabels } from "@/lib/domain/posting-labels";
import { payPeriods } from "@/lib/domain/posting/posting-types";
import { warningsByField } from "@/lib/domain/posting/warning-fields";
import { qualificationsOfKind, type RequisitionDraft } from "@/lib/domain/requisition-draft";
import { QualificationList } from "./qualification-list";

interface Props {
  draft: RequisitionDraft;
  warnings: string[];
  fieldErrors: Record<string, string[] | undefined>;
  revision: number;
}

const notStated = { value: "", label: "Not stated" };
const periodLabels = { year: "per year", month: "per month", week: "per week", day: "per day", hour: "per hour" } as const;

/** Every section of the posting, editable; parser warnings sit beside the fields they concern. */
export function RequisitionFields({ draft, warnings, fieldErrors, revision }: Props) {
  const warn = warningsByField(warnings);
  const pay = draft.compensation;
  const k = (name: string) => `${revision}-${name}`;
  return (
    <div className="space-y-6">
      {warn.general?.length ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">Check this: {warn.general.join("; ")}.</p>
      ) : null}
      <TextField key={k("title")} name="title" label="Job title" defaultValue={draft.title} warnings={warn.title} errors={fieldErrors.title} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField key={k("department")} name="department" label="Department" defaultValue={draft.department ?? ""} warnings={warn.department} errors={fieldErrors.department} />
        <SelectField
          key={k("workplaceType")}
          name="workplaceType"
          label="Workplace type"
          defaultValue={draft.workplaceType ?? ""}
          options={[notStated, ...Object.entries(workplaceLabels).map(([value, label]) => ({ value, label }))]}
          warnings={warn.workplaceType}
        />
        <SelectField
          key={k("employmentType")}
          name="employmentType"
          label="Employment type"
          defaultValue={draft.employmentType ?? ""}
          options={[notStated, ...Object.entries(employmentLabels).map(([value, label]) => ({ value, label }))]}
          warnings={warn.employmentType}
        />
      </div>
      <TextAreaField key={k("locations")} name="locations" label="Locations" hint="One per line." rows={3} defaultValue={draft.locations.join("\n")} warnings={warn.locations} errors={fieldErrors.locations} />
      <fieldset className="rounded-lg border border-slate-300 p-4">
        <legend className="px-1 text-base font-semibold">Pay range</legend>
        {warn.compensation?.length ? <p className="mb-2 text-sm text-amber-800">Check this: {warn.compensation.join("; ")}.</p> : null}
        <div className="grid gap-4 sm:grid-cols-4">
          <TextField key={k("payMin")} name="payMin" label="Minimum" inputMode="numeric" defaultValue={pay ? String(pay.min) : ""} errors={fieldErrors["compensation.min"]} />
          <TextField key={k("payMax")} name="payMax" label="Maximum" inputMode="numeric" defaultValue={pay ? String(pay.max) : ""} errors={fieldErrors["compensation.max"]} />
          <TextField key={k("payCurrency")} name="payCurrency" label="Currency" maxLength={3} defaultValue={pay?.currency ?? "USD"} errors={fieldErrors["compensation.currency"]} />
          <SelectField key={k("payPeriod")} name="payPeriod" label="Period" defaultValue={pay?.period ?? "year"} options={payPeriods.map((p) => ({ value: p, label: periodLabels[p] }))} />
        </div>
        <p className="mt-2 text-sm text-slate-600">Leave minimum and maximum empty for no pay range.</p>
      </fieldset>
      <TextAreaField key={k("summary")} name="summary" label="Summary" rows={4} defaultValue={draft.summary} warnings={warn.summary} errors={fieldErrors.summary} />
      <TextAreaField key={k("responsibilities")} name="responsibilities" label="Responsibilities" hint="One per line." rows={6} defaultValue={draft.responsibilities.join("\n")} warnings={warn.responsibilities} errors={fieldErrors.responsibilities} />
      <section aria-labelledby="qualifications-heading" className="space-y-4">
        <h2 id="qualifications-heading" tabIndex={-1} className="text-lg font-semibold">
          Qualifications
        </h2>
        {warn.qualifications?.length ? <p className="text-sm text-amber-800">Check this: {warn.qualifications.join("; ")}.</p> : null}
        <QualificationList kind="required" rows={qualificationsOfKind(draft.qualifications, "required")} fieldErrors={fieldErrors} revision={revision} />
        <QualificationList kind="preferred" rows={qualificationsOfKind(draft.qualifications, "preferred")} fieldErrors={fieldErrors} revision={revision} />
      </section>
      <TextAreaField key={k("benefits")} name="benefits" label="Benefits" hint="One per line." rows={5} defaultValue={draft.benefits.join("\n")} errors={fieldErrors.benefits} />
      <TextAreaField key={k("skills")} name="skills" label="Skills" hint="One per line." rows={4} defaultValue={draft.skills.join("\n")} warnings={warn.skills} errors={fieldErrors.skills} />
      <TextField key={k("headcount")} name="headcount" label="Headcount" inputMode="numeric" hint="How many people this requisition hires." defaultValue={String(draft.headcount)} errors={fieldErrors.headcount} className="max-w-48" />
    </div>
  );
}
