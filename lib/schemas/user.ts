import { z } from "zod";

export const userRoleSchema = z.enum(["rep", "approver", "admin"]);
export type UserRole = z.infer<typeof userRoleSchema>;

export const userSchema = z.object({
  id: z.string(),
  name: z.string(),
  username: z.string(),
  email: z.string().optional(),
  role: userRoleSchema,
  salesforceUserId: z.string(),
  createdAt: z.string(),
  lastSignedInAt: z.string().optional(),
});

export const updateUserBodySchema = z.strictObject({ role: userRoleSchema });

export type User = z.infer<typeof userSchema>;
export type UpdateUserBody = z.infer<typeof updateUserBodySchema>;
