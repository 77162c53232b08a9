import { icon } from "../../shared/icon";
import type { Conversation } from "../session";
import { h } from "./h";
import { SEND } from "./icons";
import { unlockSound } from "./sound";
import type { ViewEnv } from "./viewEnv";

const MAX_HEIGHT_PX = 120;

/**
 * Free typing during a live chat (and while it waits for an agent): Enter sends, Shift+Enter breaks
 * the line; each message goes through the outbox with its client id (`chat.send`), every key tells
 * the agent "typing" (throttled by the session).
 */
export function createChatComposer(env: ViewEnv, conversation: Conversation) {
  const input = h("textarea", { class: "in", rows: 1, maxlength: 5000 });
  const sendButton = h("button", { class: "snd", type: "submit" }, icon(SEND));
  const el = h("form", { class: "cmp", hidden: true }, input, sendButton);

  // Grows with its lines up to a few, then scrolls.
  const grow = () => {
    input.style.height = "auto";
    input.style.height = `${Math.min(input.scrollHeight, MAX_HEIGHT_PX)}px`;
  };
  const send = () => {
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    grow();
    unlockSound();
    env.session.answer(conversation, { kind: "chat", text });
  };
  el.addEventListener("submit", (event) => {
    event.preventDefault();
    send();
  });
  input.addEventListener("keydown", (event) => {
    // Not while an input method composes (Japanese, Chinese…): its Enter confirms the characters.
    if (event.key !== "Enter" || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    send();
  });
  input.addEventListener("input", () => {
    grow();
    if (input.value.trim()) env.session.typing(conversation);
  });

  return {
    el,
    input,
    /** Texts for the current language; after the end the placeholder says writing starts a new chat. */
    labels() {
      const m = env.tr().messages;
      input.placeholder = conversation.record.lc?.status === "ended" ? m.chatRestart : m.chatPlaceholder;
      input.setAttribute("aria-label", m.yourAnswer);
      sendButton.setAttribute("aria-label", m.send);
    },
  };
}
