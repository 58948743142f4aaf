"use client";

import { useState } from "react";
import { ApiRequestError } from "@/lib/api/api-request-error";
import { useUpdateUserRole, useUsers } from "@/lib/api/users";
import { userRoleSchema, type UserRole } from "@/lib/schemas/user";

// The same date and time format as the other admin pages.
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

const roleLabels: Record<UserRole, string> = { rep: "Sales rep", approver: "Approver", admin: "Admin" };

export function UsersTable({ currentUserId }: { currentUserId: string }) {
  const users = useUsers();
  const update = useUpdateUserRole();
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);

  if (users.isPending)
    return (
      <p className="mt-6 text-slate-600" role="status">
        Loading users…
      </p>
    );
  if (users.isError) {
    return (
      <p role="alert" className="mt-6 rounded border border-red-200 bg-red-50 p-4 text-red-900">
        The users could not be loaded: {users.error.message}
      </p>
    );
  }

  const changeRole = (id: string, name: string, role: UserRole) => {
    setMessage(null);
    update.mutate(
      { id, body: { role } },
      {
        onSuccess: () => setMessage({ tone: "ok", text: `${name} is now ${roleLabels[role].toLowerCase()}.` }),
        onError: (error) =>
          setMessage({
            tone: "error",
            text: error instanceof ApiRequestError ? error.message : "The role was not changed.",
          }),
      },
    );
  };

  return (
    <>
      <div aria-live="polite" className="mt-4 min-h-6">
        {message ? (
          <p
            role={message.tone === "error" ? "alert" : "status"}
            className={message.tone === "error" ? "text-red-800" : "text-green-800"}
          >
            {message.text}
          </p>
        ) : null}
      </div>
      <table className="mt-2 w-full text-left text-sm">
        <caption className="sr-only">Users and their roles</caption>
        <thead className="border-b border-slate-300 text-slate-600">
          <tr>
            <th scope="col" className="py-2 font-medium">
              Name
            </th>
            <th scope="col" className="py-2 font-medium">
              Salesforce username
            </th>
            <th scope="col" className="py-2 font-medium">
              Last signed in
            </th>
            <th scope="col" className="py-2 font-medium">
              Role
            </th>
          </tr>
        </thead>
        <tbody>
          {users.data.items.map((user) => (
            <tr key={user.id} className="border-b border-slate-100">
              <td className="py-2">
                {user.name}
                {user.id === currentUserId ? <span className="ml-2 text-slate-500">(you)</span> : null}
              </td>
              <td className="py-2 font-mono text-xs">{user.username}</td>
              <td className="py-2">{user.lastSignedInAt ? dateTime.format(new Date(user.lastSignedInAt)) : "—"}</td>
              <td className="py-2">
                <label className="sr-only" htmlFor={`role-${user.id}`}>
                  Role of {user.name}
                </label>
                <select
                  id={`role-${user.id}`}
                  className="rounded border border-slate-300 bg-white px-2 py-1"
                  value={user.role}
                  disabled={update.isPending}
                  onChange={(event) => changeRole(user.id, user.name, userRoleSchema.parse(event.target.value))}
                >
                  {userRoleSchema.options.map((role) => (
                    <option key={role} value={role}>
                      {roleLabels[role]}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
