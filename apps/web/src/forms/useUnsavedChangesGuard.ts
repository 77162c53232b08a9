import { useBlocker } from "@tanstack/react-router";
import { useEffect } from "react";
import { useLeaveDialog } from "./LeaveDialogProvider";

/**
 * While `isDirty`, leaving the page asks first: in-app navigation opens the "Leave without saving?"
 * dialog (Stay / Leave); closing or reloading the tab gets the browser's own question.
 */
export function useUnsavedChangesGuard(isDirty: boolean): void {
  const blocker = useBlocker({
    shouldBlockFn: () => isDirty,
    enableBeforeUnload: () => isDirty,
    withResolver: true,
  });
  const show = useLeaveDialog();
  const blocked = blocker.status === "blocked";
  useEffect(() => {
    if (!blocked) return;
    return show({ onStay: () => blocker.reset?.(), onLeave: () => blocker.proceed?.() });
  }, [blocked, blocker, show]);
}
