import { z } from "zod";

export const userRoleSchema = z.enum(["rep", "approver", "admin"]);
export type UserRole = z.infer<typeof userRoleSchema>;
