import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { salesforcePackageDir } from "@/salesforce/package-dir";
import { orgObjectDefinitions } from "@/tools/local-salesforce/schema/org-object-definitions";
import { METADATA_NAMESPACE, readPackageMetadata } from "@/tools/local-salesforce/schema/read-package-metadata";
import { SchemaView } from "@/tools/local-salesforce/schema/schema-view";

const metadata = readPackageMetadata(salesforcePackageDir);
const schema = new SchemaView(
  orgObjectDefinitions(metadata, () => "a0X"),
  true,
  ["USD"],
);
const SEQUENCE_OBJECTS = [
  "Sequence_Quote__c",
  "Sequence_Billing_Schedule__c",
  "Sequence_Invoice__c",
  "Sequence_Phase__c",
  "Sequence_Price__c",
  "Sequence_Minimum__c",
  "Sequence_Discount__c",
];
// Standard related lists the layouts may name (Salesforce's names for them).
const STANDARD_RELATED_LISTS = new Set(["RelatedContactList", "RelatedOpportunityList"]);

function packaged(name: string) {
  const object = metadata.objects.find((candidate) => candidate.name === name);
  if (!object) throw new Error(`${name} is not in the package`);
  return object;
}

function field(objectName: string, fieldName: string) {
  const found = packaged(objectName).fields.find((candidate) => candidate.fullName === fieldName);
  if (!found) throw new Error(`${objectName}.${fieldName} is not in the package`);
  return found;
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? allFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe("the Salesforce package source", () => {
  it("is an SFDX project whose every metadata file is well-formed XML in the metadata namespace", () => {
    const project = JSON.parse(readFileSync(join(salesforcePackageDir, "sfdx-project.json"), "utf8")) as {
      packageDirectories: Array<{ path: string; default?: boolean }>;
      sourceApiVersion: string;
    };
    expect(project.packageDirectories).toContainEqual(expect.objectContaining({ path: "force-app", default: true }));
    expect(Number(project.sourceApiVersion)).toBeGreaterThanOrEqual(62);
    const files = allFiles(join(salesforcePackageDir, "force-app"));
    expect(files.length).toBeGreaterThan(90);
    for (const file of files) {
      expect(file).toMatch(/-meta\.xml$/);
      const text = readFileSync(file, "utf8");
      expect(XMLValidator.validate(text), file).toBe(true);
      expect(text, file).toContain(`xmlns="${METADATA_NAMESPACE}"`);
    }
  });

  it("defines the Account fields and the seven Sequence objects, each with its Sequence_Id__c external id", () => {
    expect(field("Account", "Sequence_Customer_ID__c")).toMatchObject({
      type: "Text",
      length: 36,
      externalId: true,
      unique: true,
    });
    expect(field("Account", "Sequence_Billing_Contact__c")).toMatchObject({ type: "Lookup", referenceTo: "Contact" });
    for (const name of SEQUENCE_OBJECTS) {
      const object = packaged(name).object;
      expect(object, name).toMatchObject({
        deploymentStatus: "Deployed",
        sharingModel: "Private",
        nameField: { type: "Text" },
      });
      expect(object?.pluralLabel, name).toBeTruthy();
      expect(field(name, "Sequence_Id__c"), name).toMatchObject({
        type: "Text",
        length: 36,
        externalId: true,
        unique: true,
      });
      expect(
        packaged(name).fields.some((candidate) => candidate.type === "MasterDetail"),
        name,
      ).toBe(false);
    }
  });

  it("relates quotes and schedules to accounts and opportunities, invoices to accounts, pricing children to their parents", () => {
    for (const name of ["Sequence_Quote__c", "Sequence_Billing_Schedule__c"]) {
      expect(field(name, "Account__c")).toMatchObject({
        type: "Lookup",
        referenceTo: "Account",
        deleteConstraint: "SetNull",
      });
      expect(field(name, "Opportunity__c")).toMatchObject({
        type: "Lookup",
        referenceTo: "Opportunity",
        deleteConstraint: "SetNull",
      });
    }
    expect(field("Sequence_Invoice__c", "Account__c")).toMatchObject({ type: "Lookup", referenceTo: "Account" });
    for (const name of ["Sequence_Phase__c", "Sequence_Price__c", "Sequence_Minimum__c", "Sequence_Discount__c"]) {
      expect(field(name, "Quote__c")).toMatchObject({
        type: "Lookup",
        referenceTo: "Sequence_Quote__c",
        deleteConstraint: "SetNull",
      });
      expect(field(name, "Billing_Schedule__c")).toMatchObject({
        type: "Lookup",
        referenceTo: "Sequence_Billing_Schedule__c",
      });
    }
    for (const name of ["Sequence_Price__c", "Sequence_Minimum__c", "Sequence_Discount__c"]) {
      expect(field(name, "Phase__c")).toMatchObject({ type: "Lookup", referenceTo: "Sequence_Phase__c" });
    }
    for (const [object, name] of [
      ["Sequence_Quote__c", "Total_Contract_Value__c"],
      ["Sequence_Phase__c", "Total__c"],
      ["Sequence_Price__c", "Unit_Price__c"],
      ["Sequence_Price__c", "Total__c"],
    ] as const) {
      expect(field(object, name).type).toBe("Currency");
    }
    expect(field("Sequence_Quote__c", "Quote_URL__c").type).toBe("Url");
  });

  it("has a Create Sequence Quote URL button reading the app's address from a hierarchy custom setting", () => {
    const link = packaged("Opportunity").webLinks.find((candidate) => candidate.fullName === "Create_Sequence_Quote");
    expect(link).toMatchObject({
      availability: "online",
      displayType: "button",
      linkType: "url",
      encodingKey: "UTF-8",
      protected: false,
    });
    expect(link?.masterLabel).toBe("Create Sequence Quote");
    expect(link?.url).toBe("{!$Setup.Sequence_Settings__c.App_Base_URL__c}/launch?opportunityId={!Opportunity.Id}");
    expect(packaged("Sequence_Settings__c").object?.customSettingsType).toBe("Hierarchy");
    expect(field("Sequence_Settings__c", "App_Base_URL__c").type).toBe("Url");
  });

  it("has a layout per object whose fields, related lists and buttons all exist", () => {
    const laidOut = new Set(metadata.layouts.map((layout) => layout.objectName));
    for (const name of [...SEQUENCE_OBJECTS, "Account", "Opportunity"]) expect(laidOut.has(name), name).toBe(true);
    for (const { objectName, layout } of metadata.layouts) {
      const object = schema.object(objectName);
      expect(object, objectName).toBeDefined();
      if (!object) continue;
      const items = layout.layoutSections.flatMap((section) =>
        section.layoutColumns.flatMap((column) => column.layoutItems),
      );
      for (const item of items)
        expect(schema.field(object, String(item.field)), `${objectName}.${item.field}`).toBeDefined();
      for (const related of layout.relatedLists) {
        if (STANDARD_RELATED_LISTS.has(related.relatedList)) continue;
        const [childName, lookup] = related.relatedList.split(".");
        const child = schema.object(String(childName));
        expect(child, related.relatedList).toBeDefined();
        if (!child) continue;
        expect(schema.field(child, String(lookup))?.referenceTo, related.relatedList).toContain(objectName);
        for (const column of related.fields) {
          if (column !== "NAME") expect(schema.field(child, column), `${related.relatedList} ${column}`).toBeDefined();
        }
      }
      for (const button of layout.customButtons) {
        expect(
          packaged(objectName).webLinks.map((link) => link.fullName),
          button,
        ).toContain(button);
      }
    }
    const opportunity = metadata.layouts.find((layout) => layout.objectName === "Opportunity")?.layout;
    expect(opportunity?.customButtons).toContain("Create_Sequence_Quote");
    expect(opportunity?.relatedLists.map((related) => related.relatedList)).toEqual(
      expect.arrayContaining(["Sequence_Quote__c.Opportunity__c", "Sequence_Billing_Schedule__c.Opportunity__c"]),
    );
    const account = metadata.layouts.find((layout) => layout.objectName === "Account")?.layout;
    const accountFields = account?.layoutSections.flatMap((section) =>
      section.layoutColumns.flatMap((column) => column.layoutItems.map((item) => item.field)),
    );
    expect(accountFields).toEqual(expect.arrayContaining(["Sequence_Customer_ID__c", "Sequence_Billing_Contact__c"]));
    expect(account?.relatedLists.map((related) => related.relatedList)).toEqual(
      expect.arrayContaining([
        "Sequence_Quote__c.Account__c",
        "Sequence_Billing_Schedule__c.Account__c",
        "Sequence_Invoice__c.Account__c",
      ]),
    );
  });

  it("reports a broken metadata file by name", () => {
    const dir = mkdtempSync(join(tmpdir(), "broken-package-"));
    try {
      const fields = join(dir, "force-app/main/default/objects/Thing__c/fields");
      mkdirSync(fields, { recursive: true });
      writeFileSync(
        join(fields, "Odd__c.field-meta.xml"),
        `<CustomField xmlns="${METADATA_NAMESPACE}"><fullName>Odd__c</fullName><label>Odd</label><type>Hologram</type></CustomField>`,
      );
      expect(() => readPackageMetadata(dir)).toThrow(/Odd__c\.field-meta\.xml: type: Invalid option/);
      writeFileSync(join(fields, "Odd__c.field-meta.xml"), "<CustomField><fullName>Odd__c</fullName>");
      expect(() => readPackageMetadata(dir)).toThrow(/Odd__c\.field-meta\.xml: not well-formed XML/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
