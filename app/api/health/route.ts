import { isDatabaseHealthy } from "@/lib/services/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const healthy = await isDatabaseHealthy();
  return Response.json(healthy ? { status: "ok" } : { status: "unavailable" }, {
    status: healthy ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
