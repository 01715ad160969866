import type { Metadata } from "next";
import Link from "next/link";
import { StatusControls } from "@/components/requisitions/status-controls";
import { Board } from "@/components/board/board";
import { ClosedApplications } from "@/components/board/closed-applications";
import { ATTENTION_ITEMS_READ_ALL, ATTENTION_ITEMS_SHOWN, NeedsAttentionList } from "@/components/board/needs-attention-list";
import { orNotFound } from "@/lib/app/or-not-found";
import { requireUser } from "@/lib/auth/current-actor";
import { getNeedsAttention, NEVER_ANSWERED_DAYS } from "@/lib/services/needs-attention";
import { getClosedApplications, getRequisitionPipeline, pipelineSorts } from "@/lib/services/board";
import { listRejectionReasons } from "@/lib/services/rejections";

export const metadata: Metadata = { title: "Pipeline" };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

// A repeated query parameter (?q=a&q=b) arrives as an array; the board reads the first.
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

const statusLabels = { draft: "Draft", open: "Open", paused: "Paused", closed: "Closed" } as const;
const notices: Record<string, string> = { published: "Published: the job is live on the careers site.", saved: "Changes saved." };

export default async function RequisitionPage({ params, searchParams }: Props) {
  const actor = await requireUser();
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const [notice, sort, q, more, page, view, attentionView] = (["notice", "sort", "q", "more", "page", "view", "attention"] as const).map((name) => first(search[name]));
  const sortBy = pipelineSorts.find((known) => known === sort) ?? "newest";
  const query = (q ?? "").slice(0, 100);
  const expand = more ? { stageId: more, pages: Number.parseInt(page ?? "2", 10) || 1 } : undefined;
  const pipeline = await orNotFound(getRequisitionPipeline(actor, id, { sort: sortBy, q: query, expand }));
  const now = new Date();
  const attentionLimit = attentionView === "all" ? ATTENTION_ITEMS_READ_ALL : ATTENTION_ITEMS_SHOWN;
  const [reasons, attention] = pipeline.canMove
    ? await Promise.all([listRejectionReasons(actor), getNeedsAttention(actor, id, now, attentionLimit)])
    : [[], { items: [], more: false }];
  const baseParams: Record<string, string> = { ...(sort ? { sort: sortBy } : {}), ...(query ? { q: query } : {}) };
  const boardHref = `/dashboard/requisitions/${id}`;
  return (
    <>
      <p>
        <Link href="/dashboard" className="text-sm text-brand-700 hover:underline">
          ← Requisitions
        </Link>
      </p>
      <div className="mt-2 flex flex-wrap items-baseline gap-3">
        <h1 className="text-2xl font-semibold">{pipeline.requisition.title}</h1>
        <span className="rounded-full bg-slate-200 px-3 py-0.5 text-sm">{statusLabels[pipeline.requisition.status]}</span>
      </div>
      {notice && notices[notice] ? (
        <p role="status" className="mt-3 rounded-md border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-800">
          {notices[notice]}
        </p>
      ) : null}
      <p className="mt-2 flex flex-wrap gap-4 text-sm">
        {pipeline.requisition.status === "open" ? (
          <Link href={`/jobs/${pipeline.requisition.slug}`} className="text-brand-700 underline">
            Public job page
          </Link>
        ) : null}
        {pipeline.canEdit ? (
          <Link href={`/dashboard/requisitions/${pipeline.requisition.id}/edit`} className="text-brand-700 underline">
            Edit posting
          </Link>
        ) : null}
        {pipeline.canEdit ? (
          <Link href={`/dashboard/requisitions/${pipeline.requisition.id}/interview-plan`} className="text-brand-700 underline">
            Interview plan
          </Link>
        ) : null}
        {pipeline.requisition.status === "closed" && pipeline.canMove ? (
          <Link href={`/dashboard/requisitions/${pipeline.requisition.id}/remaining`} className="text-brand-700 underline">
            Remaining candidates
          </Link>
        ) : null}
        {pipeline.canChangeStatus ? (
          <Link href={`/dashboard/requisitions/${pipeline.requisition.id}/settings`} className="text-brand-700 underline">
            Team and stages
          </Link>
        ) : null}
      </p>
      {pipeline.canChangeStatus ? (
        <div className="mt-4">
          <StatusControls requisitionId={pipeline.requisition.id} status={pipeline.requisition.status} />
        </div>
      ) : null}
      {view === "closed" && pipeline.showsApplications ? (
        <ClosedApplications rows={await getClosedApplications(actor, id)} boardHref={boardHref} />
      ) : pipeline.showsApplications ? (
        <>
          <form method="get" className="mt-6 flex items-end gap-2">
            {query ? <input type="hidden" name="q" value={query} /> : null}
            <div>
              <label htmlFor="sort" className="block text-sm font-medium">
                Sort cards by
              </label>
              <select id="sort" name="sort" defaultValue={sortBy} className="mt-1 rounded-md border border-slate-400 bg-white px-3 py-1.5">
                <option value="newest">Newest in stage first</option>
                <option value="time-in-stage">Longest in stage first</option>
                <option value="required-met">Required qualifications met</option>
              </select>
            </div>
            <button type="submit" className="rounded-md border border-slate-400 bg-white px-3 py-1.5 hover:bg-slate-100">
              Sort
            </button>
          </form>
          <NeedsAttentionList
            items={attention.items}
            more={attention.more}
            now={now.getTime()}
            neverAnsweredDays={NEVER_ANSWERED_DAYS}
            showAll={attentionView === "all"}
            showAllHref={`?${new URLSearchParams({ ...baseParams, attention: "all" }).toString()}#needs-attention`}
          />
          <Board
            requisitionId={pipeline.requisition.id}
            stages={pipeline.stages.map((stage) => ({
              id: stage.id,
              name: stage.name,
              kind: stage.kind,
              count: stage.count,
              hasMore: stage.hasMore,
              moreHref: stage.hasMore ? `?${new URLSearchParams({ ...baseParams, more: stage.id, page: String((expand?.stageId === stage.id ? expand.pages : 1) + 1) }).toString()}` : null,
            }))}
            cards={pipeline.stages.flatMap((stage) => stage.applications.map((card) => ({ ...card, stageId: stage.id })))}
            totals={pipeline.qualificationTotals}
            actor={actor}
            access={pipeline.access}
            canMove={pipeline.canMove}
            reasons={reasons}
            now={now.getTime()}
            closedHref={`?view=closed`}
            query={query}
          />
          {pipeline.withdrawnCount > 0 || pipeline.stages.some((s) => s.kind !== "active" && s.count > 0) ? (
            <p className="text-sm">
              <Link href="?view=closed" className="text-brand-700 underline">
                Hired, rejected and withdrawn applications
              </Link>
              {pipeline.withdrawnCount > 0 ? ` (${pipeline.withdrawnCount} withdrew)` : null}
            </p>
          ) : null}
        </>
      ) : (
        <p className="mt-6 text-slate-600">You will see the candidates you are scheduled to interview here.</p>
      )}
    </>
  );
}
