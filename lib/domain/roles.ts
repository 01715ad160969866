export const roles = ["admin", "recruiter", "hiring_manager", "interviewer"] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  admin: "Admin",
  recruiter: "Recruiter",
  hiring_manager: "Hiring manager",
  interviewer: "Interviewer",
};

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
