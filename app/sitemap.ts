import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { getBaseUrl } from "@/lib/app/base-url";
import { cachedOpenJobSlugs } from "@/lib/app/public-job-cache";

// Built per request (from the public-jobs cache): at build time there is no database to list.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  const [baseUrl, jobs] = await Promise.all([getBaseUrl(), cachedOpenJobSlugs()]);
  return [
    { url: `${baseUrl}/jobs`, changeFrequency: "daily", priority: 1 },
    ...jobs.map((job) => ({ url: `${baseUrl}/jobs/${job.slug}`, lastModified: job.updatedAt, changeFrequency: "weekly" as const, priority: 0.8 })),
  ];
}
