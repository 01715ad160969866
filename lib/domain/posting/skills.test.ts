import { describe, it, expect } from "vitest";
import { splitSkills } from "./skills";

describe("splitSkills", () => {
  it.each([
    [
      ["PythonKubernetesGCPRESTWebSocketsgRPCPostgreSQLNoSQLDistributed SystemsCaching"],
      ["Python", "Kubernetes", "GCP", "REST", "WebSockets", "gRPC", "PostgreSQL", "NoSQL", "Distributed Systems", "Caching"],
    ],
    [["Python, SQL, Tableau"], ["Python", "SQL", "Tableau"]],
    [["Figma; FigJam | Maze"], ["Figma", "FigJam", "Maze"]],
    [["Customer Service", "Cash Handling", "Inventory Management"], ["Customer Service", "Cash Handling", "Inventory Management"]],
    [["SurveyMonkey"], ["SurveyMonkey"]],
    [["ReactRedux"], ["React", "Redux"]],
    [["Stakeholder ManagementForecastingNegotiation"], ["Stakeholder Management", "Forecasting", "Negotiation"]],
    [["JavaScriptTypeScriptNode.js"], ["JavaScript", "TypeScript", "Node.js"]],
    [["Python SQL Excel"], ["Python", "SQL", "Excel"]],
    [["CI/CD, TCP/IP, A/B testing"], ["CI/CD", "TCP/IP", "A/B testing"]],
    [["Python, python, PYTHON"], ["Python"]],
    [[" , ;; | "], []],
    [["- Go", "Rust."], ["Go", "Rust"]],
  ])("%j", (lines, expected) => {
    expect(splitSkills(lines)).toEqual(expected);
  });
});
