import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/**
 * What the app exposes, read from the file system: the pages, route handlers and metadata routes
 * under app/, and the exported server actions ("use server" files). The coverage test compares
 * this with lib/authorization/matrix.ts.
 */
export const repoRoot = path.resolve(import.meta.dirname, "../..");

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    if (entry === "node_modules" || entry.startsWith(".")) continue;
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...walk(full));
    else out.push(full);
  }
  return out;
}

const relative = (file: string) => path.relative(repoRoot, file).split(path.sep).join("/");

/** Metadata files Next serves as routes of their own, and the URL each answers on. */
const metadataRoutes: Record<string, string> = {
  robots: "/robots.txt",
  sitemap: "/sitemap.xml",
  manifest: "/manifest.webmanifest",
  icon: "/icon",
  "apple-icon": "/apple-icon",
  "opengraph-image": "/opengraph-image",
  "twitter-image": "/twitter-image",
};

export interface AppRoute {
  route: string;
  kind: "page" | "route" | "metadata";
  file: string;
}

/** "/dashboard/applications/[id]" from app/dashboard/applications/[id]/page.tsx; route groups and @slots dropped. */
function routeOf(dirParts: string[]): string {
  const kept = dirParts.filter((part) => !(part.startsWith("(") && part.endsWith(")")) && !part.startsWith("@"));
  return `/${kept.join("/")}`;
}

export function listAppRoutes(): AppRoute[] {
  const appDir = path.join(repoRoot, "app");
  const routes: AppRoute[] = [];
  for (const file of walk(appDir)) {
    const parts = path.relative(appDir, file).split(path.sep);
    const base = parts.pop() ?? "";
    const stem = base.replace(/\.(tsx?|jsx?|mdx)$/, "");
    if (stem === base) continue;
    if (stem === "page") routes.push({ route: routeOf(parts), kind: "page", file: relative(file) });
    else if (stem === "route") routes.push({ route: routeOf(parts), kind: "route", file: relative(file) });
    else if (metadataRoutes[stem]) routes.push({ route: `${routeOf(parts).replace(/\/$/, "")}${metadataRoutes[stem]}`, kind: "metadata", file: relative(file) });
  }
  return routes.sort((a, b) => a.route.localeCompare(b.route));
}

const directive = /^\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*["']use server["']/;

/** Files under app/, components/ and lib/ that contain "use server", with whether it is the file's directive. */
export function listServerActionFiles(): { file: string; fileLevel: boolean }[] {
  const files = ["app", "components", "lib"].flatMap((dir) => walk(path.join(repoRoot, dir)));
  return files
    .filter((file) => /\.(tsx?|jsx?)$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => ({ file, text: readFileSync(file, "utf8") }))
    // A directive is a statement on a line of its own (this file's patterns mention it inside regexes).
    .filter(({ text }) => /^\s*["']use server["'];?\s*$/m.test(text))
    .map(({ file, text }) => ({ file: relative(file), fileLevel: directive.test(text) }));
}

/** The names a module exports (functions, consts, re-exports); enough for "use server" files, which may only export async functions. */
export function exportedNames(file: string): string[] {
  const text = readFileSync(path.join(repoRoot, file), "utf8");
  const names = new Set<string>();
  for (const match of text.matchAll(/export\s+(?:default\s+)?(?:async\s+)?function\s*\*?\s*(\w+)/g)) if (match[1]) names.add(match[1]);
  for (const match of text.matchAll(/export\s+(?:const|let|var)\s+(\w+)/g)) if (match[1]) names.add(match[1]);
  for (const match of text.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of (match[1] ?? "").split(",")) {
      const name = part.trim().split(/\s+as\s+/).pop()?.trim();
      if (name && !name.startsWith("type ")) names.add(name);
    }
  }
  if (/export\s+default\s+(?!async\s+function|function)/.test(text)) names.add("default");
  return [...names];
}

/** The names a file imports from one module specifier ("@/lib/services/pipeline"). */
export function importedNames(file: string, specifier: string): string[] {
  const text = readFileSync(path.join(repoRoot, file), "utf8");
  const names: string[] = [];
  const escaped = specifier.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  for (const match of text.matchAll(new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*["']${escaped}["']`, "g"))) {
    for (const part of (match[1] ?? "").split(",")) {
      const name = part.trim().replace(/^type\s+/, "").split(/\s+as\s+/)[0]?.trim();
      if (name) names.push(name);
    }
  }
  return names;
}
