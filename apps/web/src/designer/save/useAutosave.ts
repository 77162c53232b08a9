import type { Dialogue } from "@parley/protocol/dialogues";
import { useQueryClient } from "@tanstack/react-query";
import { type Dispatch, useCallback, useEffect, useReducer, useRef } from "react";
import { apiRequest } from "../../api/apiRequest";
import { queryKeys } from "../../api/queryKeys";
import type { DesignerAction } from "../state/designerAction";
import type { DesignerState } from "../state/designerState";
import { saveErrorEvent } from "./saveErrorEvent";
import {
  AUTOSAVE_DELAY_MS,
  IDLE,
  isDirty,
  mayStartSave,
  type SavePhase,
  savePhaseReducer,
} from "./saveMachine";

export interface Autosave {
  phase: SavePhase;
  /** Saves now (waiting for a save in flight first); true when everything is saved after. */
  flush(): Promise<boolean>;
  /** "Retry", and the way out of a conflict once the marketer chose. */
  resume(): void;
}

/**
 * Saves the draft ~800 ms after the last edit, on blur and when the page is hidden, with the revision
 * it was based on: a 409 stops autosave until the marketer picks a side (see ConflictDialog).
 */
export function useAutosave(
  siteId: string,
  dialogueId: string,
  state: DesignerState,
  dispatch: Dispatch<DesignerAction>,
): Autosave {
  const [phase, send] = useReducer(savePhaseReducer, IDLE);
  const queryClient = useQueryClient();
  const latest = useRef({ state, phase });
  latest.current = { state, phase };
  const inFlight = useRef<Promise<void> | null>(null);

  const saveOnce = useCallback((): Promise<void> => {
    const { state: now, phase: currentPhase } = latest.current;
    if (inFlight.current) return inFlight.current;
    if (!mayStartSave(currentPhase, now)) return Promise.resolve();
    const edit = now.edit;
    send({ type: "start", edit });
    // The phase ref lags one render; mark it so a second call in the same tick does not start another.
    latest.current = { state: now, phase: { kind: "saving", edit } };
    const request = apiRequest<Dialogue>("PATCH", `/api/sites/${siteId}/dialogues/${dialogueId}`, {
      draft: now.stream,
      draftRevision: now.revision,
    })
      .then((saved) => {
        dispatch({ type: "saved", edit, revision: saved.draftRevision });
        queryClient.setQueryData(queryKeys.site(siteId).dialogue(dialogueId), saved);
        send({ type: "succeeded" });
      })
      .catch((error: unknown) => send(saveErrorEvent(error)))
      .finally(() => {
        inFlight.current = null;
      });
    inFlight.current = request;
    return request;
  }, [siteId, dialogueId, dispatch, queryClient]);

  // Debounced: every edit restarts the wait; after a save, edits made meanwhile are saved next.
  useEffect(() => {
    if (!mayStartSave(phase, state)) return;
    const timer = window.setTimeout(() => void saveOnce(), AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [phase, saveOnce, state]);

  useEffect(() => {
    const now = () => void saveOnce();
    const hidden = () => {
      if (document.visibilityState === "hidden") void saveOnce();
    };
    const online = () => {
      if (latest.current.phase.kind === "failed") send({ type: "resume" });
    };
    window.addEventListener("blur", now);
    window.addEventListener("online", online);
    document.addEventListener("visibilitychange", hidden);
    return () => {
      window.removeEventListener("blur", now);
      window.removeEventListener("online", online);
      document.removeEventListener("visibilitychange", hidden);
      // Leaving the designer (after "Leave" or a route change): send what is left, without waiting.
      void saveOnce();
    };
  }, [saveOnce]);

  const flush = useCallback(async (): Promise<boolean> => {
    // At most twice: the save in flight, then the edits made during it.
    for (let i = 0; i < 3; i++) {
      if (inFlight.current) await inFlight.current;
      else if (mayStartSave(latest.current.phase, latest.current.state)) await saveOnce();
      else break;
      // Let React apply the "saved" action before reading the counters again.
      await new Promise((resolve) => window.setTimeout(resolve, 0));
    }
    return !isDirty(latest.current.state) && latest.current.phase.kind === "idle";
  }, [saveOnce]);

  const resume = useCallback(() => send({ type: "resume" }), []);
  return { phase, flush, resume };
}
