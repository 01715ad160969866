import NextAuth from "next-auth";
import { authConfig } from "@/lib/auth/auth.config";

const { auth } = NextAuth(authConfig);

// Redirects signed-out visitors away from the dashboard. It is a convenience, not the gate:
// every service call checks the actor itself.
export default auth;

export const config = {
  matcher: ["/dashboard/:path*"],
};
