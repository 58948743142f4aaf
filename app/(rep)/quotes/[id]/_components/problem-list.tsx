"use client";

import { describeFieldPath } from "@/lib/quotes/describe-field-path";
import { toFormPath } from "@/lib/quotes/form-path";
import type { Problem } from "@/lib/schemas/problems";
import { focusField } from "./focus-field";

/** Problems that keep the draft from saving, each a button that takes the rep to its field. */
export function ProblemList({ problems, onGo }: { problems: readonly Problem[]; onGo?: () => void }) {
  return (
    <ul className="space-y-1 text-sm">
      {problems.map((problem) => (
        <li key={`${problem.path}${problem.message}`}>
          <button
            type="button"
            className="text-left text-blue-800 underline"
            onClick={() => {
              onGo?.();
              focusField(toFormPath(problem.path));
            }}
          >
            {problem.path ? describeFieldPath(problem.path) : "Quote"}
          </button>
          : {problem.message}
        </li>
      ))}
    </ul>
  );
}
