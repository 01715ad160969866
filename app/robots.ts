import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { getBaseUrl } from "@/lib/app/base-url";

// Per request, so the sitemap address follows PUBLIC_BASE_URL at run time, not at build time.
export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection();
  const baseUrl = await getBaseUrl();
  return {
    rules: { userAgent: "*", allow: ["/jobs", "/privacy"], disallow: ["/dashboard", "/api", "/login"] },
    sitemap: `${baseUrl}/sitemap.xml`,
  };
}
