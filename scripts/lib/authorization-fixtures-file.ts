import os from "node:os";
import path from "node:path";

// No server imports here: the Playwright spec reads this file too.

/** Where the e2e server leaves the ids and the status token e2e/authorization-matrix.spec.ts needs. */
export function authorizationFixturesPath(port: string | number): string {
  return path.join(os.tmpdir(), `shortlist-e2e-authorization-${port}.json`);
}

export interface FixtureTarget {
  requisitionId: string;
  slug: string;
  applicationId: string;
  candidateId: string;
  statusToken: string;
  interviewId: string;
}

export interface AuthorizationFixtures {
  /** Hank manages it; Ivan and Iris interview on it. */
  onTeam: FixtureTarget;
  /** Hank is not on its team. */
  offTeam: FixtureTarget;
  /** On the on-team requisition: Ivan and Iris on one interview; Iris has submitted, Ivan has not; an offer is drafted. */
  blind: { applicationId: string; interviewId: string; irisTakeaway: string; offerNotes: string; offerSalary: number };
  outboxMessageId: string;
  /** Self-identification answers given on every fixture application: no hiring view may show them. */
  selfIdentification: Record<string, string>;
}

