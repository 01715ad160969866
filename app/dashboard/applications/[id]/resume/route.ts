import { getCurrentActor } from "@/lib/auth/current-actor";
import { NotFoundError } from "@/lib/services/errors";
import { getResumeDownload } from "@/lib/services/pipeline";

export const dynamic = "force-dynamic";

/** Always an attachment with nosniff: a resume is never rendered by the browser as a page. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const file = await getResumeDownload(await getCurrentActor(), id);
    return new Response(new Uint8Array(file.data), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.filename.replace(/[^\x20-\x7e]|"/g, "_")}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response("Not found", { status: 404 });
    throw error;
  }
}
