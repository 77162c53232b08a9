import { answerLabel } from "@parley/flow/render/answerLabel";
import { icon } from "../../shared/icon";
import { chatting } from "../model/liveChatState";
import { type OpenPrompt, openPrompt } from "../model/openPrompt";
import { isEnded, promptBefore, type Prompt } from "../model/types";
import { validateLocally } from "../model/validateLocally";
import type { ConnectionState } from "../net/createConnection";
import type { Conversation } from "../session";
import { createChatComposer } from "./createChatComposer";
import { createLiveCard } from "./createLiveCard";
import type { MeetingCard } from "./createMeetingCard";
import { h } from "./h";
import { DOWN, SEND } from "./icons";
import { renderMessage } from "./renderMessage";
import { unlockSound } from "./sound";
import type { ViewEnv } from "./viewEnv";

let ids = 0;

export interface ConversationView {
  el: HTMLElement;
  conversation: Conversation;
  /** Re-renders what changed (new messages are appended, never re-rendered: the live region stays calm). */
  update(): void;
  /** Re-renders everything (language switched). */
  redraw(): void;
  connection(state: ConnectionState): void;
  /** Moves focus to what the visitor can do now (first answer button, the input, or the transcript). */
  focus(): void;
}

/** The transcript, the typing indicator, the answer buttons and the input of one conversation. */
export function createConversationView(env: ViewEnv, conversation: Conversation): ConversationView {
  const id = `p${++ids}`;
  const log = h("div", { class: "log", role: "log" });
  const pending = h("div", { class: "pend" });
  const typing = h("div", { class: "row bot ty", hidden: true, "aria-hidden": "true" });
  const actions = h("div", { class: "acts" });
  const end = h("p", { class: "end", hidden: true });
  const scroller = h("div", { class: "sc", tabindex: "-1" }, log, pending, typing, end, actions);
  const jump = h("button", { class: "jump", type: "button", hidden: true }, icon(DOWN));
  const status = h("div", { class: "st", role: "status" });
  const label = h("label", { class: "sr", for: `${id}i` });
  const input = h("input", { id: `${id}i`, class: "in", "aria-describedby": `${id}e`, autocomplete: "off" });
  const sendButton = h("button", { class: "snd", type: "submit" }, icon(SEND));
  const error = h("p", { class: "err", id: `${id}e`, role: "alert" });
  const form = h("form", { class: "cmp", novalidate: true }, label, input, sendButton);
  const card = createLiveCard(env, conversation);
  const composer = createChatComposer(env, conversation);
  const readMark = h("div", { class: "rd" });
  const el = h("div", { class: "cv" }, status, scroller, jump, card.el, form, composer.el, error);
  const root = () => el.getRootNode() as ShadowRoot;
  const focusedHere = () => {
    const active = root().activeElement;
    return !!active && el.contains(active);
  };

  let renderedSeqs: number[] = [];
  /** The transcript's meeting offers (the last one may be the visitor's next step). */
  let cards: MeetingCard[] = [];
  /** A meeting card finished reading its offer: its first day takes the keyboard if the widget had it. */
  const cardReady = () => {
    const active = root().activeElement;
    if (active === scroller || active === input) focus();
  };
  /** The visitor's last message (row and seq): the agent's "Read" goes under it. */
  let mine: { row: HTMLElement; seq: number } | null = null;
  let promptKey = "";
  let current: OpenPrompt | null = null;
  let connectionState: ConnectionState = "online";
  let statusTimer: ReturnType<typeof setTimeout> | undefined;

  const nearBottom = () => scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 80;
  /** The visitor follows the newest message (false once they scroll up to re-read). */
  let following = true;
  const scrollDown = () => {
    scroller.scrollTop = scroller.scrollHeight;
    jump.hidden = true;
    following = true;
  };
  scroller.addEventListener(
    "scroll",
    () => {
      following = nearBottom();
      if (following) jump.hidden = true;
    },
    { passive: true },
  );
  // What grows after it was shown (an image arriving) or a window that shrinks (a phone's keyboard)
  // must not push the newest message out of view.
  if (typeof ResizeObserver === "function") {
    const resized = new ResizeObserver(() => following && scrollDown());
    resized.observe(log);
    resized.observe(scroller);
  }
  jump.addEventListener("click", () => {
    scrollDown();
    focus();
  });

  const answer = (value: Parameters<typeof env.session.answer>[1]) => {
    // Keep focus inside the widget while the answer's controls go away.
    if (focusedHere()) scroller.focus({ preventScroll: true });
    // Answering is a gesture: later replies may chime (a reload restores an open window without one).
    unlockSound();
    error.textContent = "";
    input.removeAttribute("aria-invalid");
    env.session.answer(conversation, value);
    scrollDown();
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!current || input.disabled) return;
    const kind = current.prompt.type === "capture" ? current.prompt.kind : undefined;
    const refused = validateLocally(kind, input.value);
    if (refused) {
      error.textContent = env.tr().messages.invalid[refused];
      input.setAttribute("aria-invalid", "true");
      return;
    }
    const value = input.value.trim();
    input.value = "";
    answer({ kind: "answer", value });
  });

  const button = (text: string, onclick: () => void) =>
    h("button", { class: "qr", type: "button", onclick }, text);

  const renderActions = (prompt: Prompt | null) => {
    const m = env.tr().messages;
    actions.replaceChildren();
    if (!prompt) return;
    if (prompt.type === "question")
      actions.append(
        ...prompt.buttons.map((b) => button(b.label, () => answer({ kind: "answer", value: b.value }))),
      );
    if (prompt.type === "consent")
      actions.append(
        button(prompt.acceptLabel || m.accept, () => answer({ kind: "consent", accepted: true })),
        button(prompt.declineLabel || m.decline, () => answer({ kind: "consent", accepted: false })),
      );
    if (prompt.type === "answerPrompt" && prompt.canFinish)
      actions.append(button(m.noMoreQuestions, () => answer({ kind: "done" })));
    if (prompt.type === "capture" && prompt.kind === "picklist") {
      const options = prompt.options ?? [];
      if (options.length <= 8)
        actions.append(...options.map((o) => button(o, () => answer({ kind: "answer", value: o }))));
      else {
        const select = h(
          "select",
          { class: "in", "aria-label": m.yourAnswer },
          ...options.map((o) => h("option", null, o)),
        );
        actions.append(
          h(
            "div",
            { class: "pick" },
            select,
            button(m.send, () => answer({ kind: "answer", value: select.value })),
          ),
        );
      }
    }
  };

  /** The input for the prompt: type, placeholder, autocomplete; disabled when answers are buttons. */
  const configureInput = (prompt: Prompt | null, ended: boolean) => {
    const m = env.tr().messages;
    let placeholder = m.typeHere;
    let type = "text";
    let enabled = false;
    let mode = "text";
    let complete = "off";
    if (prompt?.type === "question" && prompt.allowFreeText) enabled = true;
    else if (prompt?.type === "answerPrompt") {
      enabled = true;
      placeholder = m.askPlaceholder;
    } else if (prompt?.type === "capture" && prompt.kind !== "picklist") {
      enabled = true;
      if (prompt.kind === "email")
        [type, mode, complete, placeholder] = ["email", "email", "email", m.emailPlaceholder];
      if (prompt.kind === "phone")
        [type, mode, complete, placeholder] = ["tel", "tel", "tel", m.phonePlaceholder];
      if (prompt.kind === "number") [mode, placeholder] = ["decimal", m.numberPlaceholder];
      placeholder = prompt.placeholder || placeholder;
    } else if (prompt) placeholder = m.pickAbove;
    if (ended) placeholder = m.ended;
    if (!enabled && focusedHere() && (root().activeElement === input || root().activeElement === sendButton))
      scroller.focus({ preventScroll: true });
    input.type = type;
    input.inputMode = mode;
    input.autocomplete = complete as AutoFill;
    input.placeholder = placeholder;
    input.disabled = sendButton.disabled = !enabled;
    label.textContent = m.yourAnswer;
    sendButton.setAttribute("aria-label", m.send);
    if (!enabled) {
      error.textContent = "";
      input.removeAttribute("aria-invalid");
    }
  };

  const showStatus = () => {
    const m = env.tr().messages;
    status.textContent =
      connectionState === "offline" ? m.offline : connectionState === "connecting" ? m.reconnecting : "";
    el.classList.toggle("off", !!status.textContent);
  };

  const update = () => {
    const m = env.tr().messages;
    const record = conversation.record;
    const stick = nearBottom();
    // Transcript: append what is new; anything else (trimmed, out of order) redraws the log.
    const seqs = record.messages.map((message) => message.seq);
    const prefix = renderedSeqs.every((seq, i) => seqs[i] === seq);
    if (!prefix) {
      log.replaceChildren();
      renderedSeqs = [];
      cards = [];
      mine = null;
    }
    for (let i = renderedSeqs.length; i < record.messages.length; i++) {
      const rows = renderMessage(env, record, i, cards, cardReady);
      log.append(...rows);
      const message = record.messages[i];
      if (message?.author === "visitor")
        mine = { row: rows[rows.length - 1] as HTMLElement, seq: message.seq };
    }
    renderedSeqs = seqs;
    for (const card of cards) card.sync();
    const chat = chatting(record) && !conversation.failed;
    const lc = record.lc;
    readMark.textContent = m.read;
    if (!(chat && mine && lc && lc.read >= mine.seq)) readMark.remove();
    else if (readMark.previousSibling !== mine.row) mine.row.after(readMark);
    card.update(chat);
    composer.labels();
    // Looked at: the agent sees "Read" (only while the chat is on screen and the tab visible).
    if (chat && document.visibilityState === "visible" && el.getClientRects().length)
      env.session.read(conversation);

    const waiting = env.session.pending(conversation);
    pending.replaceChildren(
      ...waiting.map((item) =>
        h(
          "div",
          { class: "row me wait" },
          h(
            "div",
            { class: "bb" },
            h("span", { class: "sr" }, `${m.you}: `),
            answerLabel(item.input, promptBefore(record.messages, record.messages.length), m),
          ),
          h("small", null, connectionState === "online" ? m.sending : m.offline),
        ),
      ),
    );
    typing.hidden = !conversation.typing;
    if (!typing.firstChild)
      typing.append(h("div", { class: "bb" }, h("span", { class: "dots" }, h("i"), h("i"), h("i"))));

    // In a live chat the visitor can always write (after its end, to start a new one).
    const ended = !chat && ((isEnded(record.status) && !conversation.replying) || !!conversation.failed);
    end.hidden = !ended;
    end.textContent = conversation.failed ? m.failed : m.ended;
    // While a step is delivered, its prompt waits for the server's `step.finished`.
    const open =
      ended || chat || conversation.busy ? null : openPrompt(record.messages, record.status, waiting.length);
    const key = chat ? "chat" : open ? `${open.seq}:${open.refused ?? ""}` : ended ? "end" : "";
    if (key !== promptKey) {
      const hadFocus = focusedHere();
      promptKey = key;
      current = open;
      renderActions(open?.prompt ?? null);
      configureInput(open?.prompt ?? null, ended);
      form.hidden = ended || chat;
      composer.el.hidden = !chat;
      if ((open || chat) && hadFocus) focus();
    }
    if (stick) scrollDown();
    else jump.hidden = false;
  };

  const focus = () => {
    const target = !composer.el.hidden
      ? composer.input
      : actions.querySelector<HTMLElement>("button,select") ||
        cards[cards.length - 1]?.focusTarget() ||
        (input.disabled ? scroller : input);
    target.focus({ preventScroll: true });
  };

  const redraw = () => {
    renderedSeqs = [];
    cards = [];
    promptKey = "-";
    log.replaceChildren();
    log.setAttribute("aria-label", env.tr().messages.conversation);
    jump.setAttribute("aria-label", env.tr().messages.latest);
    showStatus();
    update();
  };
  redraw();

  return {
    el,
    conversation,
    update,
    redraw,
    focus,
    connection(state) {
      connectionState = state;
      clearTimeout(statusTimer);
      // A blip shorter than 1.5 s shows nothing; then a quiet line, not an error wall.
      if (state === "online") showStatus();
      else statusTimer = setTimeout(showStatus, 1500);
      update();
    },
  };
}
