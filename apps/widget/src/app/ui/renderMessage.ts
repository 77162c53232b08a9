import { answerLabel } from "@parley/flow/render/answerLabel";
import { linkHref } from "@parley/flow/render/linkHref";
import { linkify } from "@parley/flow/render/linkify";
import { icon } from "../../shared/icon";
import {
  asBot,
  asChat,
  asSystem,
  asVisitorInput,
  type ConversationMessage,
  type ConversationRecord,
  promptBefore,
  type SafeText,
} from "../model/types";
import { createMeetingCard, isMeetingMessage, type MeetingCard } from "./createMeetingCard";
import { h } from "./h";
import { DOC } from "./icons";
import { renderSafeText } from "./renderSafeText";
import type { ViewEnv } from "./viewEnv";

const GAP_FOR_TIME_MS = 10 * 60_000;

/**
 * The rows of one message in the transcript (a time line first when it starts the conversation or
 * follows a long pause). Every text goes through renderSafeText: text nodes only. A meeting offer's
 * card (it updates itself) is added to `cards`, so the view can keep it current and focus it.
 */
export function renderMessage(
  env: ViewEnv,
  record: ConversationRecord,
  index: number,
  cards: MeetingCard[] = [],
  ready: () => void = () => {},
): HTMLElement[] {
  const tr = env.tr();
  const m = tr.messages;
  const message = record.messages[index] as ConversationMessage;
  const previous = record.messages[index - 1];
  const rows: HTMLElement[] = [];
  const at = new Date(message.createdAt);
  if (!previous || at.getTime() - new Date(previous.createdAt).getTime() > GAP_FOR_TIME_MS) {
    rows.push(h("div", { class: "tm" }, h("time", { datetime: message.createdAt }, tr.dayAndTime(at))));
  }
  const chat = asChat(message);
  const notice = asSystem(message);
  // An agent's name: on their chat messages and notices, or the host of a booking they shared.
  const agentName =
    (chat ?? notice)?.agent?.name ??
    (message.body as { agentName?: string } | null)?.agentName ??
    env.branding.botName;
  const who =
    message.author === "visitor" ? m.you : message.author === "agent" ? agentName : env.branding.botName;
  const bubble = (...content: (Node | string | null)[]) =>
    h("div", { class: "bb" }, h("span", { class: "sr" }, `${who}: `), ...content);
  const row = (kind: string, ...content: (Node | string | null)[]) => {
    const el = h("div", { class: `row ${kind}`, title: tr.time(at) }, ...content);
    rows.push(el);
    return el;
  };
  const text = (t: SafeText | null | undefined, fallback?: string) =>
    t && t.length ? renderSafeText(t) : fallback ? [fallback] : [];
  const meeting = (offer: { offerId?: string; cardId?: string }) => {
    const card = createMeetingCard(env, record, message.seq, offer, ready);
    cards.push(card);
    row("bot", card.el);
  };

  if (chat) {
    // Typed text: its line breaks kept, only its http(s) addresses made links.
    const b = bubble(...renderSafeText(linkify(chat.text)));
    b.classList.add("ct");
    row(message.author === "visitor" ? "me" : "bot", b);
    return rows;
  }
  if (notice) {
    const name = { name: agentName };
    const ended =
      notice.reason === "visitor"
        ? m.chatEndedYou
        : notice.reason === "inactivity"
          ? m.chatEndedIdle
          : notice.reason === "agent" && notice.agent
            ? tr.t("chatEndedAgent", name)
            : m.chatEnded;
    const said = {
      assigned: tr.t("agentJoined", name),
      transferred: tr.t("agentTransferred", name),
      queued: m.chatWaiting,
      requeued: m.chatWaiting,
      ended,
    }[notice.event];
    row("note", h("span", null, said ?? ""));
    return rows;
  }
  if (message.author === "agent" && isMeetingMessage(message)) {
    // A booking an agent shared in the live chat: their name, then the same picker as the card's.
    const shared = message.body as { offerId?: string; agentName?: string };
    row("bot", bubble(tr.t("meetingShared", { name: agentName })));
    meeting({ offerId: shared.offerId });
    return rows;
  }
  const input = asVisitorInput(message);
  if (input) {
    row("me", bubble(answerLabel(input, promptBefore(record.messages, index), m)));
    return rows;
  }
  const body = asBot(message);
  if (!body) {
    // Agent and system messages (live chat): their text.
    const said = (message.body as { text?: SafeText | string } | null)?.text;
    row(message.author === "system" ? "note" : "bot", bubble(...renderSafeText(said)));
    return rows;
  }
  switch (body.type) {
    case "message": {
      const src = linkHref(body.image?.url);
      row(
        "bot",
        bubble(
          ...text(body.text),
          src ? h("img", { src, alt: body.image?.alt ?? "", loading: "lazy" }) : null,
        ),
      );
      break;
    }
    case "question":
    case "capture":
    case "answerPrompt":
      row("bot", bubble(...text(body.text)));
      break;
    case "consent": {
      const href = linkHref(body.privacyUrl ?? env.ctx.boot.site.privacyUrl);
      const link = href && h("a", { href, target: "_blank", rel: "noopener noreferrer" }, m.privacyPolicy);
      row("bot", bubble(...text(body.text), link ? h("span", { class: "pl" }, link) : null));
      break;
    }
    case "content": {
      if (body.text?.length) row("bot", bubble(...text(body.text)));
      const href = `${env.ctx.base}/api/widget/content/${encodeURIComponent(record.id ?? "")}/${encodeURIComponent(
        body.cardId,
      )}?visitor=${encodeURIComponent(env.ctx.boot.visitor.token)}`;
      row(
        "bot",
        h(
          "a",
          { class: "card", href, target: "_blank", rel: "noopener noreferrer" },
          icon(DOC),
          h("span", null, h("b", null, body.title), h("small", null, body.kind === "pdf" ? m.pdf : m.page)),
          h("span", { class: "go" }, m.open),
        ),
      );
      break;
    }
    case "meeting":
      if (body.text?.length) row("bot", bubble(...text(body.text)));
      meeting(body);
      break;
    case "liveChat":
      // "Connecting…", the queue and the agent are the live card's (createLiveCard).
      if (body.text?.length) row("bot", bubble(...text(body.text)));
      break;
    case "liveChatUnavailable":
      row("bot", bubble(...text(body.text, m.nobodyAvailable)));
      break;
    case "noAnswer":
      row("bot", bubble(...text(body.text, m.noAnswer)));
      break;
    case "invalid":
      row("note err", h("span", null, m.invalid[body.code] ?? m.failed));
      break;
    default:
      row("note err", h("span", null, m.failed));
  }
  return rows;
}
