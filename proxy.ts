import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { authConfig } from "@/lib/auth/auth.config";
import { getPublicJobStatus } from "@/lib/services/public-jobs";

const { auth } = NextAuth(authConfig);
const authProxy = auth as unknown as (request: NextRequest, event: NextFetchEvent) => Promise<Response>;
const applyPage = /^\/jobs\/([a-z0-9-]{1,100})\/apply\/?$/;

/**
 * Two jobs, neither of them authorisation (every service call checks the actor itself):
 * signed-out visitors to the dashboard go to /login, and a closed job's apply page answers
 * 410 Gone, which a page cannot set for itself.
 */
export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  const apply = applyPage.exec(request.nextUrl.pathname);
  if (apply) {
    const reading = request.method === "GET" || request.method === "HEAD";
    if (reading && apply[1] && (await getPublicJobStatus(apply[1])) === "closed") return NextResponse.next({ status: 410 });
    return NextResponse.next();
  }
  return authProxy(request, event);
}

export const config = {
  matcher: ["/dashboard/:path*", "/jobs/:slug/apply"],
};
