import { mintId } from "@/tools/local-salesforce/store/mint-id";

export type DemoRole = "rep" | "approver" | "admin";

export interface DemoUser {
  key: "admin" | "rep1" | "rep2" | "approver";
  id: string;
  username: string;
  firstName: string;
  lastName: string;
  title: string;
  role: DemoRole;
  currency: string;
  /** The approver manages both reps: in the role hierarchy they see what the reps own. */
  managerKey: DemoUser["key"] | null;
}

/** The demo users; ids are the same in every data folder, so tests and docs can name them. */
export const demoUsers: readonly DemoUser[] = [
  user("admin", 1, "ada.admin", "Ada", "Admin", "Salesforce Administrator", "admin", "USD", null),
  user("rep1", 2, "rita.rep", "Rita", "Reyes", "Account Executive", "rep", "USD", "approver"),
  user("rep2", 3, "sam.rep", "Sam", "Okafor", "Account Executive", "rep", "GBP", "approver"),
  user("approver", 4, "alex.approver", "Alex", "Morgan", "Sales Manager", "approver", "USD", null),
];

/** Every demo user signs in with this password (the OAuth password grant). */
export const DEMO_PASSWORD = "password";

function user(
  key: DemoUser["key"],
  number: number,
  login: string,
  firstName: string,
  lastName: string,
  title: string,
  role: DemoRole,
  currency: string,
  managerKey: DemoUser["key"] | null,
): DemoUser {
  const username = `${login}@sequence-demo.test`;
  return { key, id: mintId("005", number), username, firstName, lastName, title, role, currency, managerKey };
}

export function demoUser(key: DemoUser["key"]): DemoUser {
  const found = demoUsers.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`No demo user ${key}`);
  return found;
}

export function demoUserById(id: string): DemoUser | undefined {
  return demoUsers.find((candidate) => candidate.id === id);
}

export function demoUserByUsername(username: string): DemoUser | undefined {
  const lower = username.toLowerCase();
  return demoUsers.find((candidate) => candidate.username === lower);
}
