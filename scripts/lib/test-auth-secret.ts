/**
 * The AUTH_SECRET of every server the tests, benchmarks and drills start: they mint session cookies
 * with it (next-auth/jwt's `encode`) instead of signing in through the form. A module of its own so
 * that browser tests can import it without the server-side modules of start-test-server.
 */
export const TEST_AUTH_SECRET = "e2e-only-secret-not-for-production-use-0123456789";
