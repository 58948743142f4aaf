import { localOrgOptionsFromEnv } from "@/tools/local-salesforce/env";
import { startLocalOrg } from "@/tools/local-salesforce/start-local-org";

/** `npm run org`: the local Salesforce org on http://127.0.0.1:4010 (see tools/local-salesforce/README.md). */
async function main(): Promise<void> {
  const options = localOrgOptionsFromEnv();
  const org = await startLocalOrg({ ...options, onLog: (line) => console.log(line) });
  console.log(`Local Salesforce org running at ${org.url} (login URL and instance URL)`);
  console.log(`Start here: ${org.startUrl}`);
  console.log(`Connected app client id: ${org.clientId}`);
  console.log(`Callback URLs: ${org.callbackUrls.join(", ")}`);
  const shutdown = () => {
    org.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
