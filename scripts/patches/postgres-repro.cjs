// Reproduces porsager/postgres#1154 (see patches/README.md): queries sent on a reserved connection
// whose backend was just terminated schedule a write that runs after the socket is gone, which
// throws an uncaught TypeError. Usage: node postgres-repro.cjs DATABASE_URL cjs|esm — prints
// "survived" and exits 0 when guarded; crashes when not.
const url = process.argv[2];
// Rejected queries are expected here; only the uncaught TypeError matters.
process.on("unhandledRejection", () => undefined);

(async () => {
  // The CommonJS build through require(), the ES module build through import().
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const postgres = process.argv[3] === "esm" ? (await import("postgres")).default : require("postgres");
  const admin = postgres(url, { max: 1, onnotice() {} });
  // A query on the dead connection may also never settle (the reserve() issue below); only a crash
  // matters here, so each gets a deadline instead of hanging the check.
  const settle = (query) => Promise.race([query.then(() => "ok", (error) => error.code), new Promise((resolve) => setTimeout(resolve, 3000, "unsettled"))]);
  // The crash depends on timing: a few rounds make an unguarded postgres.js fail reliably.
  const rounds = [];
  for (let round = 0; round < 4; round++) {
    const sql = postgres(url, { max: 1, connect_timeout: 3, onnotice() {} });
    const reserved = await sql.reserve();
    const [{ pid }] = await reserved`select pg_backend_pid() as pid`;
    await admin`select pg_terminate_backend(${pid})`;
    const codes = await Promise.all(Array.from({ length: 5 }, () => settle(reserved`select 1`)));
    // Long enough for every scheduled write to run.
    await new Promise((resolve) => setTimeout(resolve, 200));
    rounds.push(codes.join(", "));
  }
  console.log(`survived (${rounds.join(" | ")})`);
  // A released reserved connection whose backend died is not reused cleanly (a separate postgres.js
  // issue with reserve(), which the app does not call), so the process ends here, not via sql.end().
  process.exit(0);
})();
