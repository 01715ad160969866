import type { Role } from "@/lib/domain/roles";

/** The demo team, one per role (two interviewers), listed in the README. Local use only. */
export const DEMO_PASSWORD = "shortlist-demo";

export const demoUsers: readonly { email: string; name: string; role: Role }[] = [
  { email: "admin@sesame.example", name: "Ada Admin", role: "admin" },
  { email: "recruiter@sesame.example", name: "Rita Recruiter", role: "recruiter" },
  { email: "manager@sesame.example", name: "Hank Manager", role: "hiring_manager" },
  { email: "interviewer1@sesame.example", name: "Ivan Interviewer", role: "interviewer" },
  { email: "interviewer2@sesame.example", name: "Iris Interviewer", role: "interviewer" },
];
