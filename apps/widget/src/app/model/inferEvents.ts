import type { ParleyEventMap, ParleyEventName } from "../../parley";
import { asBot, asVisitorInput, type ConversationRecord, promptBefore } from "./types";

type Extra<E extends ParleyEventName> = Omit<
  ParleyEventMap[E],
  keyof ParleyEventMap["conversation.triggered"]
>;

/** An API event the conversation's messages show, with a key that makes it fire once. */
export type InferredEvent = {
  [E in ParleyEventName]: { key: string; name: E; extra: Extra<E> };
}[ParleyEventName];

/**
 * The API events that the transcript itself proves: engaged (the visitor answered), completed,
 * email/phone given (an answer to an email/phone capture that was not refused), live chat requested.
 * Goals and meetings are invisible in the transcript (see the server `activity` events); the live
 * chat's other events follow its state (liveChatSession.ts).
 */
export function inferEvents(record: ConversationRecord): InferredEvent[] {
  const events: InferredEvent[] = [];
  const { messages } = record;
  if (messages.some((m) => m.author === "visitor"))
    events.push({ key: "engaged", name: "conversation.engaged", extra: {} });
  messages.forEach((message, i) => {
    const bot = asBot(message);
    if (bot?.type === "liveChat")
      events.push({ key: `lcr${message.seq}`, name: "livechat.requested", extra: {} });
    const input = asVisitorInput(message);
    if (input?.kind !== "answer") return;
    const prompt = promptBefore(messages, i);
    const reply = messages.slice(i + 1).find((m) => m.author === "bot");
    if (prompt?.type !== "capture" || !reply || asBot(reply)?.type === "invalid") return;
    const value = input.value.trim();
    // Keyed by card, as the server's `email_given` activity is: whichever comes first fires.
    if (prompt.kind === "email")
      events.push({
        key: `email${prompt.cardId}`,
        name: "email.given",
        extra: { email: value.toLowerCase() },
      });
    if (prompt.kind === "phone")
      events.push({ key: `phone${prompt.cardId}`, name: "phone.given", extra: { phone: value } });
  });
  if (record.status === "completed")
    events.push({ key: "completed", name: "conversation.completed", extra: {} });
  return events;
}
