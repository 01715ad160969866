import { isShuttingDown } from "@/lib/app/shutdown";
import { isDatabaseHealthy } from "@/lib/services/health";

export const dynamic = "force-dynamic";

/** 503 while the database is unreachable, and once shutdown has begun, so load balancers stop sending traffic. */
export async function GET() {
  if (isShuttingDown()) return Response.json({ status: "shutting_down" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  const healthy = await isDatabaseHealthy();
  return Response.json(healthy ? { status: "ok" } : { status: "unavailable" }, {
    status: healthy ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
