import postgres from "postgres";

export interface ApplicationAudit {
  /** Acknowledged emails with exactly one application. */
  exactlyOnce: number;
  /** Acknowledged emails with no application. */
  missing: string[];
  /** Acknowledged emails with more than one application. */
  duplicated: string[];
  /** Applications (of these emails) missing a row that the submit transaction always writes. */
  halfWritten: { id: string; lacks: string }[];
}

/**
 * Every acknowledged application is in the database exactly once, and every application of the
 * drill's candidates has all the rows its transaction writes: resume, first stage event, consent,
 * status token, confirmation email, audit row.
 */
export async function auditApplications(databaseUrl: string, emailPattern: string, acknowledged: readonly string[]): Promise<ApplicationAudit> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => undefined });
  try {
    const rows = await sql<{ email: string; n: number }[]>`
      select c.email, count(a.id)::int as n from candidates c join applications a on a.candidate_id = c.id
      where c.email like ${emailPattern} group by c.email`;
    const found = new Map(rows.map((row) => [row.email, row.n]));
    const missing = acknowledged.filter((email) => !found.has(email));
    const duplicated = acknowledged.filter((email) => (found.get(email) ?? 0) > 1);
    const halfWritten = await sql<{ id: string; lacks: string }[]>`
      select a.id, concat_ws(', ',
        case when not exists (select 1 from resumes r where r.application_id = a.id) then 'resume' end,
        case when not exists (select 1 from stage_events e where e.application_id = a.id) then 'stage event' end,
        case when not exists (select 1 from application_consents k where k.application_id = a.id) then 'consent' end,
        case when not exists (select 1 from application_status_tokens t where t.application_id = a.id) then 'status token' end,
        case when not exists (select 1 from outbox_messages o where o.to_address = c.email) then 'confirmation email' end,
        case when not exists (select 1 from audit_log l where l.target_id = a.id and l.action = 'application.submit') then 'audit row' end
      ) as lacks
      from applications a join candidates c on c.id = a.candidate_id
      where c.email like ${emailPattern}`;
    return {
      exactlyOnce: acknowledged.filter((email) => found.get(email) === 1).length,
      missing,
      duplicated,
      halfWritten: halfWritten.filter((row) => row.lacks !== ""),
    };
  } finally {
    await sql.end();
  }
}
