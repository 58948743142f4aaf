import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { lockDataFolder } from "@/server/db/lock-data-folder";

describe("lockDataFolder", () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cpq-lock-"));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  it("refuses a second opener in the same process and frees the folder on release", () => {
    const dir = tempDir();
    const release = lockDataFolder(dir);
    expect(() => lockDataFolder(dir)).toThrow(/already open in this process/);
    release();
    lockDataFolder(dir)();
  });

  it("refuses a folder a live process holds and takes over one a dead process left", async () => {
    const dir = tempDir();
    const sleeper = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      fs.writeFileSync(path.join(dir, "cpq.lock"), String(sleeper.pid));
      expect(() => lockDataFolder(dir)).toThrow(new RegExp(`in use by process ${sleeper.pid}`));
    } finally {
      sleeper.kill();
      await new Promise((resolve) => sleeper.once("exit", resolve));
    }
    lockDataFolder(dir)();
  });
});
