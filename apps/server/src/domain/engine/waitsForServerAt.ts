import type { RunInputKind } from "@parley/flow/runner/runInput";
import { parseJson } from "../../lib/json";
import type { ConversationTable } from "../../store/schema";
import { ConversationState } from "./conversationState";

/**
 * True while the conversation (or the flow nested in it) waits at this card for the server to
 * report this kind of result (a webhook's, live-chat routing's): a job run twice checks it first.
 */
export function waitsForServerAt(conv: ConversationTable, cardId: string, kind: RunInputKind): boolean {
  if (conv.status === "dropped" || conv.status === "completed") return false;
  const state = ConversationState.parse(parseJson<unknown>(conv.state, null));
  const run = state.flow ? state.flow.state : state.main;
  return (
    run.status === "waiting" &&
    run.waiting?.cardId === cardId &&
    run.waiting.from === "server" &&
    run.waiting.accepts.includes(kind)
  );
}
