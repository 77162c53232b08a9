import type { RunOutput } from "@parley/flow/runner/runOutput";
import { type SafeText, safeTextToPlain } from "@parley/flow/text/safeText";
import type { ConversationMessage } from "@parley/protocol/conversationMessage";
import type { ChatSystemBody, ChatTextBody, EndReason } from "@parley/protocol/liveChat";
import type { VisitorInput } from "@parley/protocol/realtime";

type BotBody = Exclude<RunOutput, { type: "completed" }>;
type Prompt = Extract<BotBody, { type: "question" | "capture" | "consent" | "answerPrompt" }>;

/** One message of a transcript as plain words: who said it, what, and what it was (a choice, a captured field…). */
export interface TranscriptLine {
  seq: number;
  author: ConversationMessage["author"];
  text: string;
  /** Who wrote it when it names them: the agent of a live chat message. */
  who?: string;
  /** The client id an agent's or visitor's chat message was sent with (the sender recognises it). */
  clientId?: string;
  /** What the message was beyond its words: "Choices: Pricing · Demo", "Gave their email". */
  note?: string;
  at: string;
}

const ASKED: Record<string, string> = {
  email: "Asked for their email",
  phone: "Asked for their phone number",
  number: "Asked for a number",
  picklist: "Asked to pick one",
  text: "Asked for an answer",
};
const PROMPTS = new Set(["question", "capture", "consent", "answerPrompt"]);
const CAPTURED: Record<string, string> = {
  email: "Gave their email",
  phone: "Gave their phone number",
  number: "Gave a number",
  picklist: "Picked an option",
  text: "Typed an answer",
};

/**
 * The transcript of a conversation as lines of plain text, never markup: the bot's messages and what
 * they asked, the visitor's answers (a button's label rather than its stored value), live chat messages
 * of visitor and agent (with the agent's name), and what the system said (joined, transferred, ended).
 */
export function transcriptLines(messages: readonly ConversationMessage[]): TranscriptLine[] {
  let prompt: Prompt | null = null;
  return messages.map((message) => {
    const base = {
      seq: message.seq,
      author: message.author,
      at: message.createdAt,
      ...(message.clientId ? { clientId: message.clientId } : {}),
    };
    const body = isObject(message.body) ? message.body : null;
    // Live chat: typed messages of either side, and what the system told both.
    if (body?.kind === "chat" && typeof body.text === "string") {
      const agent = body.agent as ChatTextBody["agent"];
      return { ...base, text: body.text, ...(agent ? { who: agent.name } : {}) };
    }
    // A booking an agent shared in a live chat: the meeting card names its host.
    if (body?.type === "meeting" && typeof body.agentName === "string") {
      return { ...base, text: `Booking shared: ${body.agentName}`, note: "Meeting booking" };
    }
    if (message.author === "system" && body?.kind === "system") {
      return { ...base, ...systemLine(body as ChatSystemBody) };
    }
    if (message.author === "bot" && body && typeof body.type === "string") {
      const bot = body as BotBody;
      if (PROMPTS.has(bot.type)) prompt = bot as Prompt;
      return { ...base, ...botLine(bot) };
    }
    if (message.author === "visitor" && body && typeof body.kind === "string") {
      const line = { ...base, ...visitorLine(body as VisitorInput, prompt) };
      prompt = null;
      return line;
    }
    // Agents and system notes (live chat) say their text, as SafeText or a plain string.
    const said = body?.text;
    return { ...base, text: typeof said === "string" ? said : Array.isArray(said) ? plain(said) : "" };
  });
}

const END_WORDS: Record<EndReason, string> = {
  agent: "the agent ended it",
  visitor: "the visitor ended it",
  inactivity: "nobody wrote for a while",
  fallback: "nobody was available",
};

function systemLine(body: ChatSystemBody): Pick<TranscriptLine, "text" | "note"> {
  const name = body.agent?.name ?? "An agent";
  switch (body.event) {
    case "assigned":
      return { text: `${name} joined the chat`, note: "Live chat" };
    case "transferred":
      return { text: `The chat was transferred to ${name}`, note: "Transfer" };
    case "ended":
      return { text: `The chat ended${body.reason ? `: ${END_WORDS[body.reason]}` : ""}`, note: "Live chat" };
    case "queued":
      return { text: "The visitor is waiting in the queue", note: "Queue" };
    case "requeued":
      return { text: "The chat is back in the queue", note: "Queue" };
  }
}

function botLine(body: BotBody): Pick<TranscriptLine, "text" | "note"> {
  switch (body.type) {
    case "message":
      return {
        text: plain(body.text),
        note: body.image ? `Image: ${body.image.alt || body.image.url}` : undefined,
      };
    case "question": {
      const choices = body.buttons.map((b) => b.label).join(" · ");
      const free = body.allowFreeText ? " (or a typed answer)" : "";
      return { text: plain(body.text), note: choices ? `Choices: ${choices}${free}` : undefined };
    }
    case "capture": {
      const options = body.options?.length ? `: ${body.options.join(" · ")}` : "";
      return { text: plain(body.text), note: `${ASKED[body.kind]}${options}` };
    }
    case "consent":
      return { text: plain(body.text), note: "Asked for consent" };
    case "content":
      return {
        text: body.text?.length ? plain(body.text) : body.title,
        note: `Offered ${body.title} (${body.url})`,
      };
    case "meeting":
      return { text: plain(body.text) || "Offered times for a meeting", note: "Meeting booking" };
    case "liveChat":
      return { text: plain(body.text) || "Connecting to a person…", note: "Live chat requested" };
    case "liveChatUnavailable":
      return { text: plain(body.text) || "Nobody was available to chat", note: "Live chat unavailable" };
    case "answerPrompt":
      return { text: plain(body.text), note: "Asked for a question" };
    case "noAnswer":
      return { text: plain(body.text) || "No answer was found", note: "No answer found" };
    case "invalid":
      return { text: "The answer was not accepted", note: `Refused: ${body.code.replaceAll("_", " ")}` };
    case "error":
      return { text: "The conversation hit an error", note: body.code.replaceAll("_", " ") };
  }
}

function visitorLine(input: VisitorInput, prompt: Prompt | null): Pick<TranscriptLine, "text" | "note"> {
  switch (input.kind) {
    case "done":
      return { text: "No more questions" };
    case "consent": {
      const label =
        prompt?.type === "consent" ? (input.accepted ? prompt.acceptLabel : prompt.declineLabel) : undefined;
      return {
        text: label || (input.accepted ? "Accepted" : "Declined"),
        note: input.accepted ? "Gave consent" : "Declined consent",
      };
    }
    case "answer": {
      if (prompt?.type === "question") {
        const button = prompt.buttons.find((b) => b.value === input.value);
        return button
          ? { text: button.label, note: "Chose an option" }
          : { text: input.value, note: "Typed an answer" };
      }
      if (prompt?.type === "capture") return { text: input.value, note: CAPTURED[prompt.kind] };
      return { text: input.value };
    }
  }
}

function plain(text: SafeText | undefined | null): string {
  return Array.isArray(text) ? safeTextToPlain(text) : "";
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
