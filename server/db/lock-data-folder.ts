import fs from "node:fs";
import path from "node:path";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * PGlite has no lock between processes, and two processes on one folder silently lose writes. This
 * takes an exclusive pid lock on the folder (a stale lock from a crashed process is taken over) and
 * returns its release function.
 */
export function lockDataFolder(dir: string): () => void {
  const lockFile = path.join(dir, "cpq.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
      return () => fs.rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(fs.readFileSync(lockFile, "utf8"));
      if (owner === process.pid) {
        throw new Error(
          `The data folder ${dir} is already open in this process; a second embedded database on it would not see the first one's writes.`,
        );
      }
      if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) {
        throw new Error(
          `The data folder ${dir} is in use by process ${owner}. The embedded database allows one process ` +
            `per folder: stop that process (for example the running app) and try again, or set DATABASE_URL to use PostgreSQL.`,
        );
      }
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`Could not lock the data folder ${dir}.`);
}
