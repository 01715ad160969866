import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import type { Actor } from "@/lib/domain/actor";
import type { AuditCursor, AuditLogFilter } from "@/lib/domain/audit-log-filter";
import { canManagePrivacy } from "@/lib/domain/privacy-permissions";
import { NotFoundError } from "./errors";

export const AUDIT_PAGE_SIZE = 50;

export interface AuditLogEntry {
  id: string;
  at: Date;
  /** The user's name, or what acted without one: "System (retention)", "Candidate or visitor". */
  actorName: string;
  actorEmail: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  requestId: string | null;
  ipAddress: string | null;
}

export interface AuditLogPage {
  entries: AuditLogEntry[];
  /** Where the next (older) page starts; null on the last page. */
  older: AuditCursor | null;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, "\\$&");

/** The audit log, newest first, filtered and paged by keyset (created_at, id). Admins only. */
export async function listAuditLog(actor: Actor, filter: AuditLogFilter, pageSize = AUDIT_PAGE_SIZE): Promise<AuditLogPage> {
  if (!canManagePrivacy(actor)) throw new NotFoundError("That page");
  const where: SQL[] = [sql`true`];
  if (filter.actor) {
    const like = `%${escapeLike(filter.actor)}%`;
    where.push(sql`(u.name ilike ${like} or u.email ilike ${like} or (u.id is null and coalesce(l.details->>'purpose', l.details->>'actorKind', '') ilike ${like}))`);
  }
  if (filter.action) where.push(sql`l.action like ${`${escapeLike(filter.action)}%`}`);
  if (filter.targetId) where.push(sql`l.target_id = ${filter.targetId}::uuid`);
  if (filter.from) where.push(sql`l.created_at >= (${filter.from}::date)::timestamp at time zone 'UTC'`);
  if (filter.to) where.push(sql`l.created_at < (${filter.to}::date + 1)::timestamp at time zone 'UTC'`);
  if (filter.before) where.push(sql`(l.created_at, l.id) < ((${filter.before.at}::timestamp at time zone 'UTC'), ${filter.before.id}::uuid)`);
  const rows = await getDb().execute<{
    id: string;
    created_at: string | Date;
    cursor_at: string;
    user_name: string | null;
    user_email: string | null;
    actor_kind: string | null;
    purpose: string | null;
    action: string;
    target_type: string;
    target_id: string | null;
    request_id: string | null;
    ip_address: string | null;
  }>(sql`
    select l.id, l.created_at, (l.created_at at time zone 'UTC')::text as cursor_at, u.name as user_name, u.email as user_email,
      l.details->>'actorKind' as actor_kind, l.details->>'purpose' as purpose,
      l.action, l.target_type, l.target_id, l.request_id, l.ip_address
    from audit_log l left join users u on u.id = l.actor_user_id
    where ${sql.join(where, sql` and `)}
    order by l.created_at desc, l.id desc
    limit ${pageSize + 1}`);
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  return {
    entries: page.map((r) => ({
      id: r.id,
      at: new Date(r.created_at),
      actorName: r.user_name ?? (r.actor_kind === "system" ? `System (${r.purpose ?? "script"})` : "Candidate or visitor"),
      actorEmail: r.user_email,
      action: r.action,
      targetType: r.target_type,
      targetId: r.target_id,
      requestId: r.request_id,
      ipAddress: r.ip_address,
    })),
    older: rows.length > pageSize && last ? { at: last.cursor_at, id: last.id } : null,
  };
}
