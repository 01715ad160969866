import { getCurrentActor } from "@/lib/auth/current-actor";
import { exportCandidateData } from "@/lib/services/candidate-export";
import { NotFoundError } from "@/lib/services/errors";

export const dynamic = "force-dynamic";

/** Everything about one candidate as a JSON attachment, for admins (the service decides and audits). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const { filename, json } = await exportCandidateData(await getCurrentActor(), id);
    return new Response(json, {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        // The filename is our own (the candidate id), never the candidate's name.
        "Content-Disposition": `attachment; filename="${filename}"`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response("Not found", { status: 404 });
    throw error;
  }
}
