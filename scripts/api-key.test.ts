import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { authenticateApiKey } from "@/server/auth/authenticate-api-key";
import { openDatabase } from "@/server/db/open-database";

const run = promisify(execFile);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "cpq-api-key-"));
const cli = (...args: string[]) =>
  run("npx", ["tsx", "--conditions=react-server", "scripts/api-key.ts", ...args], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" },
  });

describe("npm run api-key", () => {
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it("prints a client id and a secret that authenticate, and stores only a hash", async () => {
    const { stdout } = await cli("create", "--name", "Salesforce Flows");
    const key = JSON.parse(stdout) as { clientId: string; clientSecret: string };
    expect(Object.keys(key)).toEqual(["clientId", "clientSecret"]);
    const handle = await openDatabase({ kind: "pglite", dir: path.join(dataDir, "db") });
    try {
      const basic = (secret: string) => `Basic ${Buffer.from(`${key.clientId}:${secret}`).toString("base64")}`;
      await expect(
        authenticateApiKey({ db: handle.db, authorization: basic(key.clientSecret) }),
      ).resolves.toMatchObject({
        kind: "apiKey",
        name: "Salesforce Flows",
      });
      await expect(authenticateApiKey({ db: handle.db, authorization: basic("wrong") })).resolves.toBeNull();
      const stored = JSON.stringify((await handle.db.query.apiKeys.findMany())[0]);
      expect(stored).not.toContain(key.clientSecret);
    } finally {
      await handle.close();
    }
  });

  it("says what is missing when --name is not given", async () => {
    await expect(cli("create")).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining("--name is required"),
    });
  });
});
