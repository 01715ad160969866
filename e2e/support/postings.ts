/** A remote data-engineering posting under the given title, as a recruiter would paste it. */
export function remoteDataPosting(title: string) {
  return `${title}
Acme Analytics · Data Platform · Remote (US) · $150,000 - $190,000 per year · Full-time

About the role
You will own the pipelines that move our customers' data.

Responsibilities
- Build and operate batch and streaming pipelines.
- Keep data quality high with tests and monitoring.

Requirements
- 5+ years building data pipelines in Python.
- Strong SQL and data modeling skills.

Nice to have
- Experience with dbt.
- Airflow in production.

Benefits
- Fully remote team with quarterly offsites.
`;
}
