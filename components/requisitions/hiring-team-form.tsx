"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { setHiringTeamAction } from "@/lib/actions/requisition-setup-actions";
import type { ActionResult } from "@/lib/actions/action-result";

interface Person {
  id: string;
  name: string;
}

interface Props {
  requisitionId: string;
  team: { hiringManagerIds: string[]; recruiterIds: string[]; interviewerIds: string[] };
  eligible: { hiringManagers: Person[]; recruiters: Person[]; interviewers: Person[] };
}

function Choices({ legend, name, people, chosen }: { legend: string; name: string; people: Person[]; chosen: string[] }) {
  return (
    <fieldset>
      <legend className="text-sm font-medium">{legend}</legend>
      {people.length === 0 ? <p className="text-sm text-slate-600">No active users with a fitting role.</p> : null}
      <ul className="mt-1 space-y-1">
        {people.map((person) => (
          <li key={person.id}>
            <label className="flex items-center gap-2">
              <input type="checkbox" name={name} value={person.id} defaultChecked={chosen.includes(person.id)} className="size-4" />
              {person.name}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

export function HiringTeamForm({ requisitionId, team, eligible }: Props) {
  const [state, formAction] = useActionState<ActionResult | undefined, FormData>(setHiringTeamAction, undefined);
  return (
    <form action={formAction} className="space-y-4">
      <FormAlert message={state?.ok ? state.message : state?.error} tone={state?.ok ? "success" : "error"} />
      <input type="hidden" name="requisitionId" value={requisitionId} />
      <div className="grid gap-6 sm:grid-cols-3">
        <Choices legend="Hiring managers" name="hiringManagerId" people={eligible.hiringManagers} chosen={team.hiringManagerIds} />
        <Choices legend="Recruiters" name="recruiterId" people={eligible.recruiters} chosen={team.recruiterIds} />
        <Choices legend="Interviewers" name="interviewerId" people={eligible.interviewers} chosen={team.interviewerIds} />
      </div>
      <SubmitButton pendingLabel="Saving…">Save hiring team</SubmitButton>
    </form>
  );
}
