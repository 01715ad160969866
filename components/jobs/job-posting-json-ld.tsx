import { serializeJsonLd } from "@/lib/domain/job-posting-json-ld";

/**
 * The structured data for search engines. The JSON is escaped by serializeJsonLd so recruiter or
 * posting text cannot end the script element; that is what makes the raw HTML here safe.
 */
export function JobPostingJsonLd({ data }: { data: Record<string, unknown> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
