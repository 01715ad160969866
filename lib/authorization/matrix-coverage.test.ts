import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { exportedNames, importedNames, listAppRoutes, listServerActionFiles, repoRoot } from "./app-inventory";
import { actionRowKey, actionRows, actors, policies, routeRowKey, routeRows, splitRef, type Target } from "./matrix";
import { renderAuthorizationDoc } from "./render-matrix-doc";

const HOW_TO_ADD = "add a line for it to lib/authorization/matrix.ts (see docs/authorization.md, \"Adding a route or an action\")";

describe("the authorization matrix covers the whole app", () => {
  it("has a row for every page, route handler and metadata route under app/", () => {
    const covered = new Set(routeRows.map((row) => `${row.kind} ${row.route}`));
    const missing = listAppRoutes()
      .filter((route) => !covered.has(`${route.kind} ${route.route}`))
      .map((route) => `${route.kind} ${route.route} (${route.file}): ${HOW_TO_ADD}`);
    expect(missing).toEqual([]);
  });

  it("names no route that no longer exists", () => {
    const existing = new Set(listAppRoutes().map((route) => `${route.kind} ${route.route}`));
    expect(routeRows.filter((row) => !existing.has(`${row.kind} ${row.route}`)).map(routeRowKey)).toEqual([]);
  });

  it("gives every route with a dynamic segment a target to fill it from", () => {
    const segments = (route: string) => [...route.matchAll(/\[(?:\.\.\.)?([^\]]+)\]/g)].map((m) => m[1] ?? "");
    const untargeted = routeRows.filter((row) => !row.httpOnly && row.target === "none" && segments(row.route).some((name) => !row.params?.[name]));
    expect(untargeted.map(routeRowKey)).toEqual([]);
  });

  it("declares server actions only in lib/actions, as whole \"use server\" files", () => {
    const misplaced = listServerActionFiles().filter((f) => !f.fileLevel || !/^lib\/actions\/[^/]+\.ts$/.test(f.file));
    expect(misplaced.map((f) => `${f.file}: move inline "use server" functions into a lib/actions file`)).toEqual([]);
  });

  it("has a row for every exported server action", () => {
    const covered = new Set(actionRows.map((row) => row.action));
    const missing = listServerActionFiles()
      .flatMap(({ file }) => exportedNames(file).map((name) => `${file}#${name}`))
      .filter((ref) => !covered.has(ref))
      .map((ref) => `${ref}: ${HOW_TO_ADD}`);
    expect(missing).toEqual([]);
  });

  it("names no action that no longer exists", () => {
    const gone = actionRows.filter((row) => {
      const { file, name } = splitRef(row.action);
      return !existsSync(path.join(repoRoot, file)) || !exportedNames(file).includes(name);
    });
    expect(gone.map(actionRowKey)).toEqual([]);
  });

  it("checks that each action calls the service its row names, and that the service exists", () => {
    const wrong = actionRows
      .filter((row) => row.service !== null)
      .flatMap((row) => {
        const action = splitRef(row.action);
        const service = splitRef(row.service ?? "");
        const specifier = `@/${service.file.replace(/\.ts$/, "")}`;
        const problems: string[] = [];
        if (!existsSync(path.join(repoRoot, service.file)) || !exportedNames(service.file).includes(service.name)) problems.push(`${row.service} does not exist`);
        if (!importedNames(action.file, specifier).includes(service.name)) problems.push(`${action.file} does not import ${service.name} from ${specifier}`);
        return problems.map((p) => `${actionRowKey(row)}: ${p}`);
      });
    expect(wrong).toEqual([]);
  });

  it("keeps row keys unique and every policy complete", () => {
    const keys = [...routeRows.map(routeRowKey), ...actionRows.map(actionRowKey)];
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
    for (const policy of Object.values(policies)) expect(Object.keys(policy.outcomes).sort()).toEqual([...actors].sort());
  });

  it("uses targets that the tests know how to build", () => {
    const known: Target[] = ["none", "requisition", "application", "interview", "outboxMessage", "statusToken", "publicJob", "note", "mention", "rejection", "candidates", "candidate", "offer", "scorecard"];
    expect([...routeRows, ...actionRows].filter((row) => !known.includes(row.target))).toEqual([]);
  });

  it("matches docs/authorization.md (run `npm run docs:authorization` after changing the matrix)", () => {
    const doc = path.join(repoRoot, "docs/authorization.md");
    expect(existsSync(doc) ? readFileSync(doc, "utf8") : "(docs/authorization.md is missing)").toBe(renderAuthorizationDoc());
  });
});
