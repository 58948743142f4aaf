import { fileURLToPath } from "node:url";

/**
 * Where the SFDX project (sfdx-project.json, force-app/) lives, for code that reads the package:
 * the local org builds its schema, button and layouts from it.
 */
export const salesforcePackageDir = fileURLToPath(new URL(".", import.meta.url));
