import { getCurrentActor } from "@/lib/auth/current-actor";
import { NotFoundError } from "@/lib/services/errors";
import { getInterviewInvite } from "@/lib/services/interviews";

export const dynamic = "force-dynamic";

/** The interview's current calendar file (REQUEST, or CANCEL once cancelled), for those who may see it. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const invite = await getInterviewInvite(await getCurrentActor(), id);
    return new Response(invite.ics, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `attachment; filename="${invite.filename}"`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response("Not found", { status: 404 });
    throw error;
  }
}
