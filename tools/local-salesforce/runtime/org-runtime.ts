import { join } from "node:path";
import type { ResolvedLocalOrgOptions } from "@/tools/local-salesforce/local-org-options";
import { Faults } from "@/tools/local-salesforce/local/faults";
import { RequestLog } from "@/tools/local-salesforce/local/request-log";
import { TokenStore } from "@/tools/local-salesforce/oauth/token-store";
import type { WriteContext } from "@/tools/local-salesforce/records/write-context";
import { loadConnectedApp, type ConnectedApp } from "@/tools/local-salesforce/runtime/connected-app";
import { emptyOrgState, seedDemoOrg } from "@/tools/local-salesforce/runtime/demo-org-state";
import type { ObjectDefinition } from "@/tools/local-salesforce/schema/object-definition";
import { customObjectNames, orgObjectDefinitions } from "@/tools/local-salesforce/schema/org-object-definitions";
import { readPackageMetadata, type PackageMetadata } from "@/tools/local-salesforce/schema/read-package-metadata";
import { SchemaView } from "@/tools/local-salesforce/schema/schema-view";
import { demoUserById, type DemoUser } from "@/tools/local-salesforce/seed/demo-users";
import { RecordAccess } from "@/tools/local-salesforce/sharing/record-access";
import { QueryCursors } from "@/tools/local-salesforce/soql/query-cursors";
import { allocateKeyPrefixes, mintId } from "@/tools/local-salesforce/store/mint-id";
import { orgStateSchema, type OrgSettings, type OrgState } from "@/tools/local-salesforce/store/org-state";
import { RecordStore } from "@/tools/local-salesforce/store/record-store";
import { JsonFile } from "@/tools/local-salesforce/store/state-file";

/** Everything one running local org holds: its schema, data, tokens, and the test hooks. */
export class OrgRuntime {
  readonly metadata: PackageMetadata;
  readonly connectedApp: ConnectedApp;
  readonly tokens: TokenStore;
  readonly cursors = new QueryCursors();
  readonly requestLog = new RequestLog();
  readonly faults = new Faults();
  accessTokenTtlSeconds: number;
  /** The base URL clients use (instance URL, identity URLs); set once the server listens. */
  publicUrl = "";
  state: OrgState;
  store: RecordStore;
  private definitions: ObjectDefinition[];
  private views = new Map<string, SchemaView>();
  private readonly file: JsonFile<OrgState>;
  private stateChanged = false;

  constructor(readonly options: ResolvedLocalOrgOptions) {
    this.metadata = readPackageMetadata(options.packageDir);
    this.connectedApp = loadConnectedApp(options);
    this.file = new JsonFile(join(options.dataDir, "org.json"), orgStateSchema);
    this.state = this.file.read() ?? emptyOrgState(this.metadata, this.defaultSettings(), undefined);
    this.state.keyPrefixes = allocateKeyPrefixes(customObjectNames(this.metadata), this.state.keyPrefixes);
    seedDemoOrg(this.state, options.appUrl);
    this.store = new RecordStore(this.state);
    this.definitions = this.buildDefinitions();
    this.tokens = new TokenStore(
      () => this.state,
      () => (this.stateChanged = true),
    );
    this.accessTokenTtlSeconds = options.accessTokenTtlSeconds;
    this.file.write(this.state);
  }

  /** Back to the seeded demo org. The org id, key prefixes, record counter and issued tokens stay. */
  reset(): void {
    this.state = emptyOrgState(this.metadata, this.defaultSettings(), this.state);
    seedDemoOrg(this.state, this.options.appUrl);
    this.store = new RecordStore(this.state);
    this.definitions = this.buildDefinitions();
    this.views.clear();
    this.cursors.clear();
    this.faults.clear();
    this.requestLog.clear();
    this.accessTokenTtlSeconds = this.options.accessTokenTtlSeconds;
    this.stateChanged = true;
    this.saveSoon();
  }

  get settings(): OrgSettings {
    return this.state.settings;
  }

  updateSettings(settings: Partial<OrgSettings>): void {
    this.state.settings = { ...this.state.settings, ...settings };
    this.stateChanged = true;
    this.saveSoon();
  }

  now(): Date {
    return new Date();
  }

  /** The schema as it is now: multi-currency on or off, the active currencies in the picklists. */
  schema(): SchemaView {
    const currencies = this.store
      .list("CurrencyType")
      .filter((currency) => currency.IsActive === true)
      .map((currency) => String(currency.IsoCode));
    const key = `${this.settings.multiCurrency}:${currencies.join(",")}`;
    let view = this.views.get(key);
    if (!view) {
      view = new SchemaView(this.definitions, this.settings.multiCurrency, currencies);
      this.views.set(key, view);
    }
    return view;
  }

  user(userId: string): DemoUser | undefined {
    return demoUserById(userId);
  }

  /** A fresh context per request: sharing answers are cached only within it. */
  context(user: DemoUser): WriteContext {
    const schema = this.schema();
    const record = this.store.get("User", user.id);
    return {
      schema,
      store: this.store,
      access: new RecordAccess(user, schema, this.store),
      user,
      now: () => this.now(),
      mintId: (object) => this.mint(object),
      userCurrency: String(record?.DefaultCurrencyIsoCode ?? user.currency),
    };
  }

  /** Counts one API call; undefined when the daily allowance is used up (REQUEST_LIMIT_EXCEEDED). */
  countApiCall(): { used: number; limit: number } | undefined {
    const today = this.now().toISOString().slice(0, 10);
    if (this.state.apiUsage.day !== today) this.state.apiUsage = { day: today, count: 0 };
    const limit = this.settings.apiRequestLimit;
    if (this.state.apiUsage.count >= limit) return undefined;
    this.state.apiUsage.count++;
    this.stateChanged = true;
    return { used: this.state.apiUsage.count, limit };
  }

  apiUsage(): { used: number; limit: number } {
    const today = this.now().toISOString().slice(0, 10);
    const used = this.state.apiUsage.day === today ? this.state.apiUsage.count : 0;
    return { used, limit: this.settings.apiRequestLimit };
  }

  /** Saves the org file shortly after a change (coalesced); `flush` writes what is pending now. */
  saveSoon(): void {
    const recordsChanged = this.store.takeChanged();
    if (!recordsChanged && !this.stateChanged) return;
    this.stateChanged = false;
    this.file.scheduleWrite(() => this.state);
  }

  flush(): void {
    this.saveSoon();
    this.file.flush();
  }

  private mint(object: ObjectDefinition): string {
    const id = mintId(object.keyPrefix, this.state.nextRecordNumber);
    this.state.nextRecordNumber++;
    this.stateChanged = true;
    return id;
  }

  private buildDefinitions(): ObjectDefinition[] {
    return orgObjectDefinitions(this.metadata, (name) => {
      const prefix = this.state.keyPrefixes[name];
      if (!prefix) throw new Error(`No key prefix for ${name}`);
      return prefix;
    });
  }

  private defaultSettings(): OrgSettings {
    return { multiCurrency: true, apiRequestLimit: this.options.apiRequestLimit };
  }
}
