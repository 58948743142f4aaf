import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { type z } from "zod";
import {
  customFieldXmlSchema,
  customObjectXmlSchema,
  layoutXmlSchema,
  webLinkXmlSchema,
  type CustomFieldXml,
  type CustomObjectXml,
  type LayoutXml,
  type WebLinkXml,
} from "@/tools/local-salesforce/schema/package-metadata-schemas";

export const METADATA_NAMESPACE = "http://soap.sforce.com/2006/04/metadata";

export interface PackageObjectMetadata {
  name: string;
  object: CustomObjectXml | null;
  fields: CustomFieldXml[];
  webLinks: WebLinkXml[];
}

export interface PackageLayoutMetadata {
  objectName: string;
  layoutName: string;
  layout: LayoutXml;
}

export interface PackageMetadata {
  objects: PackageObjectMetadata[];
  layouts: PackageLayoutMetadata[];
}

const ARRAY_ELEMENTS = new Set([
  "value",
  "layoutSections",
  "layoutColumns",
  "layoutItems",
  "relatedLists",
  "fields",
  "customButtons",
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => ARRAY_ELEMENTS.has(name),
});

/** Reads and validates the package source under `<packageDir>/force-app/main/default`. */
export function readPackageMetadata(packageDir: string): PackageMetadata {
  const root = join(packageDir, "force-app", "main", "default");
  const objectsDir = join(root, "objects");
  const objects = listDirectories(objectsDir).map((name) => readObject(join(objectsDir, name), name));
  const layoutsDir = join(root, "layouts");
  const layouts = listFiles(layoutsDir, ".layout-meta.xml").map((file) => {
    const fileName = basename(file, ".layout-meta.xml");
    const dash = fileName.indexOf("-");
    return {
      objectName: fileName.slice(0, dash),
      layoutName: decodeURIComponent(fileName.slice(dash + 1)),
      layout: readXml(file, "Layout", layoutXmlSchema),
    };
  });
  return { objects, layouts };
}

function readObject(dir: string, name: string): PackageObjectMetadata {
  const objectFile = join(dir, `${name}.object-meta.xml`);
  return {
    name,
    object: existsSync(objectFile) ? readXml(objectFile, "CustomObject", customObjectXmlSchema) : null,
    fields: listFiles(join(dir, "fields"), ".field-meta.xml").map((file) => {
      const field = readXml(file, "CustomField", customFieldXmlSchema);
      if (`${field.fullName}.field-meta.xml` !== basename(file)) {
        throw new Error(`${file}: fullName ${field.fullName} does not match the file name`);
      }
      return field;
    }),
    webLinks: listFiles(join(dir, "webLinks"), ".webLink-meta.xml").map((file) =>
      readXml(file, "WebLink", webLinkXmlSchema),
    ),
  };
}

/** Parses one metadata file and checks its root element, namespace and content. */
export function readXml<T extends z.ZodType>(file: string, rootElement: string, schema: T): z.infer<T> {
  const text = readFileSync(file, "utf8");
  let document: Record<string, unknown>;
  try {
    document = parser.parse(text, true) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`${file}: not well-formed XML (${error instanceof Error ? error.message : String(error)})`);
  }
  const body = document[rootElement];
  if (typeof body !== "object" || body === null) {
    throw new Error(`${file}: expected a <${rootElement}> root element`);
  }
  if ((body as Record<string, unknown>)["@_xmlns"] !== METADATA_NAMESPACE) {
    throw new Error(`${file}: <${rootElement}> must declare xmlns="${METADATA_NAMESPACE}"`);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
    throw new Error(`${file}: ${problems.join("; ")}`);
  }
  return parsed.data;
}

function listDirectories(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

function listFiles(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(suffix))
    .sort()
    .map((name) => join(dir, name));
}
