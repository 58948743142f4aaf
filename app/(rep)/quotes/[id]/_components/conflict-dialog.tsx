"use client";

import { useState } from "react";
import { Button, Dialog, Heading, Modal, ModalOverlay } from "react-aria-components";

/**
 * Explains a 409 `stale_version`: another tab or person saved the quote after this page loaded it,
 * so this page's save was refused rather than overwrite theirs. Reloading shows their version and
 * drops what this page had not saved; "Not now" keeps this page as it is (nothing more is saved).
 * Focus starts on "Not now": reloading discards work, so it is never one stray Enter away.
 */
export function ConflictDialog({
  message,
  onReload,
  onDismiss,
}: {
  message: string | null;
  onReload: () => Promise<void>;
  onDismiss: () => void;
}) {
  const [reloading, setReloading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const reload = async () => {
    setReloading(true);
    setFailure(null);
    try {
      await onReload();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : "The quote could not be reloaded.");
    } finally {
      setReloading(false);
    }
  };
  const button = "rounded px-3 py-1.5 text-sm font-medium outline-offset-2";

  return (
    <ModalOverlay
      isOpen={message !== null}
      onOpenChange={(open) => (open ? undefined : onDismiss())}
      className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-4"
    >
      <Modal className="w-full max-w-lg rounded-lg bg-white shadow-xl">
        <Dialog role="alertdialog" className="space-y-3 p-6 outline-none">
          <Heading slot="title" className="text-lg font-semibold">
            This quote was changed somewhere else
          </Heading>
          <p className="text-sm">
            Someone — or you, in another tab or window — saved this quote after this page opened it. So that their work
            is not overwritten, <strong>your latest changes here were not saved</strong>.
          </p>
          <p className="text-sm">
            <strong>Reload the latest version</strong> to see the quote as it is saved now. The changes you made on this
            page since it last saved are then discarded: note anything you need first, and make it again after
            reloading.
          </p>
          <p className="text-sm">
            <strong>Not now</strong> keeps this page as it is so you can look at your changes; nothing more is saved
            from it until you reload.
          </p>
          <p className="text-xs text-slate-600">{message}</p>
          {failure ? (
            <p role="alert" className="text-sm text-red-800">
              {failure}
            </p>
          ) : null}
          <div className="flex justify-end gap-2 pt-2">
            <Button className={`${button} border border-slate-300 bg-white`} onPress={onDismiss}>
              Not now
            </Button>
            <Button
              className={`${button} bg-blue-700 text-white disabled:opacity-60`}
              isDisabled={reloading}
              onPress={() => void reload()}
            >
              {reloading ? "Reloading…" : "Reload the latest version"}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
