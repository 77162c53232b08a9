import type { Card } from "@parley/flow/card";

/** What a card shows on the canvas: the visitor's text (or, for an invisible card, what it does). */
export interface CardPreview {
  text: string;
  /** Buttons or choices the visitor gets (question answers, consent, picklist options). */
  chips: readonly string[];
  /** A short extra line: the field a value goes to, a routing, a URL. */
  detail?: string;
}

const CAPTURE_KIND_WORDS = {
  email: "Email address",
  phone: "Phone number",
  text: "Text",
  number: "Number",
  picklist: "Choice",
} as const;

const ROUTING_WORDS = {
  round_robin: "Round robin",
  specific_agent: "A specific agent",
  team: "A team",
  custom_rules: "Routing rules",
  account_owner: "The account owner",
} as const;

const MAX_CHIPS = 6;
const chips = (labels: readonly string[]): string[] =>
  labels.length > MAX_CHIPS
    ? [...labels.slice(0, MAX_CHIPS - 1), `+${labels.length - MAX_CHIPS + 1} more`]
    : [...labels];

/** Plain text only: the canvas renders it as text nodes, so nothing typed can run as markup. */
export function cardPreview(card: Card): CardPreview {
  switch (card.type) {
    case "message":
      return { text: card.text, chips: [], detail: card.image ? "With an image" : undefined };
    case "question":
      return {
        text: card.text,
        chips: chips(card.answers.map((a) => a.label)),
        detail: card.allowFreeText ? "The visitor may also type" : undefined,
      };
    case "capture":
      return {
        text: card.text,
        chips: card.kind === "picklist" ? chips(card.options ?? []) : [],
        detail: `${CAPTURE_KIND_WORDS[card.kind]}${card.field ? ` → ${card.field}` : ""}`,
      };
    case "consent":
      return { text: card.text, chips: [card.acceptLabel || "Accept", card.declineLabel || "Decline"] };
    case "answer":
      return { text: card.text, chips: [], detail: "Answers questions from the answer library" };
    case "content":
      return {
        text: card.text ?? "",
        chips: [card.title || "Untitled"],
        detail: card.kind === "pdf" ? "PDF" : "Page",
      };
    case "meeting":
      return {
        text: card.text ?? "",
        chips: [],
        detail: `Books with: ${ROUTING_WORDS[card.routing.strategy]}`,
      };
    case "liveChat":
      return {
        text: card.text ?? "",
        chips: [],
        detail: `Routes to: ${ROUTING_WORDS[card.routing.strategy]}`,
      };
    case "goal":
      return {
        text: `Goal: ${card.goal || "(no name)"}`,
        chips: [],
        detail: card.score !== undefined ? `Score ${card.score}` : undefined,
      };
    case "action":
      return { text: `Sets ${card.field ?? "(no field)"} to "${card.value}"`, chips: [] };
    case "branch":
      return {
        text: `Checks ${card.branches.length} condition${card.branches.length === 1 ? "" : "s"}`,
        chips: [],
      };
    case "split":
      return {
        text: "Sends visitors down one branch at random",
        chips: card.branches.map(
          (b, i) => `${b.name || `Branch ${String.fromCharCode(65 + (i % 26))}`} · ${b.weight}`,
        ),
      };
    case "webhook":
      return { text: `Calls ${card.url || "(no URL)"}`, chips: [] };
    case "flow":
      return { text: card.flowId ? `Runs the flow ${card.flowId}` : "Runs a flow (none chosen)", chips: [] };
  }
}
