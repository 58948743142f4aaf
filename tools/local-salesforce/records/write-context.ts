import type { DemoUser } from "@/tools/local-salesforce/seed/demo-users";
import type { ObjectDefinition } from "@/tools/local-salesforce/schema/object-definition";
import type { SchemaView } from "@/tools/local-salesforce/schema/schema-view";
import type { RecordAccess } from "@/tools/local-salesforce/sharing/record-access";
import type { RecordStore } from "@/tools/local-salesforce/store/record-store";

/** What a read or write needs to know about the org and the user making it. */
export interface WriteContext {
  schema: SchemaView;
  store: RecordStore;
  access: RecordAccess;
  user: DemoUser;
  now: () => Date;
  mintId: (object: ObjectDefinition) => string;
  /** The user's currency: the default CurrencyIsoCode of what they create. */
  userCurrency: string;
}
