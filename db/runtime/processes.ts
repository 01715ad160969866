import { readFileSync } from "node:fs";

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive but not ours to signal.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** A pid from a file may have been reused by an unrelated process after a reboot; check its command. */
export function processCommandIncludes(pid: number, needle: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(needle);
  } catch {
    return false;
  }
}

export function isPostgresProcess(pid: number): boolean {
  return processCommandIncludes(pid, "postgres");
}

/**
 * Signals `pid` (or, with `group`, the process group it leads) and waits for it to exit,
 * escalating to SIGKILL after `graceMs`.
 */
export async function terminateProcess(pid: number, signal: NodeJS.Signals = "SIGTERM", graceMs = 10_000, group = false): Promise<void> {
  if (!isProcessAlive(pid)) return;
  const send = (sig: NodeJS.Signals) => {
    try {
      process.kill(group ? -pid : pid, sig);
    } catch {
      // Already gone.
    }
  };
  send(signal);
  const deadline = Date.now() + graceMs;
  while (isProcessAlive(pid)) {
    if (Date.now() > deadline) {
      send("SIGKILL");
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function readPidFile(file: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(file, "utf8").split("\n")[0] ?? "", 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}
