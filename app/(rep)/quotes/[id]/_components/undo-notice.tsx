"use client";

import { useEffect, useRef } from "react";

/**
 * "Removed. Undo": focus moves to the undo button, so the keyboard is not left on a control that no
 * longer exists and undoing is one key away.
 */
export function UndoNotice({
  message,
  onUndo,
  onDismiss,
}: {
  message: string;
  onUndo: () => void;
  onDismiss: () => void;
}) {
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => undo.current?.focus(), [message]);
  return (
    <div
      role="status"
      className="flex items-center gap-3 rounded border border-slate-300 bg-slate-100 px-3 py-2 text-sm"
    >
      <span>{message}</span>
      <button ref={undo} type="button" onClick={onUndo} className="font-medium text-blue-800 underline">
        Undo
      </button>
      <button type="button" onClick={onDismiss} className="ml-auto text-slate-700 underline">
        Dismiss
      </button>
    </div>
  );
}
