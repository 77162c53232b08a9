import type { ConversationMessage } from "@parley/protocol/conversationMessage";
import { safeTextToPlain, type SafeText } from "@parley/flow/text/safeText";

type Body = Record<string, unknown>;
const plain = (text: unknown): string =>
  Array.isArray(text) ? safeTextToPlain(text as SafeText) : typeof text === "string" ? text : "";
const agentName = (body: Body) => ((body.agent as { name?: string } | undefined)?.name ?? "").trim();

/** Who wrote a message, as a transcript line starts: Bot, Visitor, the agent's name, System. */
export function messageAuthor(message: ConversationMessage): string {
  if (message.author === "bot") return "Bot";
  if (message.author === "visitor") return "Visitor";
  if (message.author === "agent") return agentName((message.body ?? {}) as Body) || "Agent";
  return "System";
}

/**
 * A message body in plain words (bot outputs, visitor answers, chat messages, system notices), for
 * the transcript and the inbox's last-message line. Never markup: the caller shows it as text.
 */
export function messageText(message: ConversationMessage): string {
  const body = (message.body ?? {}) as Body;
  if (body.kind === "chat") return String(body.text ?? "");
  if (message.author === "system" || body.kind === "system") return systemText(body);
  if (message.author === "visitor") return visitorText(body);
  return botText(body);
}

function visitorText(body: Body): string {
  if (body.kind === "answer") return String(body.value ?? "");
  if (body.kind === "done") return "(no more questions)";
  if (body.kind === "consent") return body.accepted ? "(accepted)" : "(declined)";
  return typeof body.label === "string" ? body.label : typeof body.value === "string" ? body.value : "";
}

function botText(body: Body): string {
  switch (body.type) {
    case "question": {
      const buttons = (body.buttons as { label: string }[] | undefined) ?? [];
      const choices = buttons.length ? ` [${buttons.map((b) => b.label).join(" | ")}]` : "";
      return plain(body.text) + choices;
    }
    case "content":
      return [plain(body.text), `${String(body.title ?? "")} <${String(body.url ?? "")}>`]
        .filter(Boolean)
        .join(" ");
    case "liveChat":
      return plain(body.text) || "(connecting to an agent)";
    case "liveChatUnavailable":
      return plain(body.text) || "(no agent was available)";
    case "noAnswer":
      return plain(body.text) || "(no answer found)";
    case "meeting":
      return plain(body.text) || "(meeting booking offered)";
    case "invalid":
      return `(answer refused: ${String(body.code ?? "")})`;
    default:
      return plain(body.text) || `(${String(body.type ?? "message")})`;
  }
}

function systemText(body: Body): string {
  const who = agentName(body) || "An agent";
  switch (body.event) {
    case "ended":
      return `The chat ended (${endReasonText(String(body.reason ?? ""))}).`;
    case "assigned":
      return `${who} joined the chat.`;
    case "transferred":
      return `The chat was transferred${agentName(body) ? ` to ${agentName(body)}` : ""}.`;
    case "queued":
      return "The chat is waiting for a free agent.";
    case "requeued":
      return "The chat is waiting for a free agent again.";
    default:
      return `(${String(body.event ?? "notice")})`;
  }
}

const endReasonText = (reason: string) =>
  ({
    agent: "ended by the agent",
    visitor: "ended by the visitor",
    inactivity: "no activity",
    fallback: "no agent available",
  })[reason] ?? reason;
