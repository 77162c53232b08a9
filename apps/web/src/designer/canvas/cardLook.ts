import type { CardType } from "@parley/flow/card";

/** How the canvas draws a card type: its name, a short glyph, its colour family, seen by visitors or not. */
export interface CardLook {
  label: string;
  /** A symbol every system font has (DejaVu on Debian): emoji would show as empty boxes there. */
  glyph: string;
  /** The CSS modifier (`card-node--<tone>`): one colour family per kind of card. */
  tone: "talk" | "ask" | "human" | "logic" | "outcome" | "link";
  /** Invisible cards do their work without the visitor seeing anything. */
  visible: boolean;
}

export const CARD_LOOKS: Readonly<Record<CardType, CardLook>> = {
  message: { label: "Message", glyph: "❝", tone: "talk", visible: true },
  question: { label: "Question", glyph: "?", tone: "ask", visible: true },
  capture: { label: "Information capture", glyph: "✎", tone: "ask", visible: true },
  consent: { label: "Consent", glyph: "✓", tone: "ask", visible: true },
  answer: { label: "Answer library", glyph: "☷", tone: "talk", visible: true },
  content: { label: "Content", glyph: "▤", tone: "talk", visible: true },
  meeting: { label: "Meeting", glyph: "◷", tone: "human", visible: true },
  liveChat: { label: "Live chat", glyph: "☺", tone: "human", visible: true },
  branch: { label: "Branch", glyph: "◇", tone: "logic", visible: false },
  split: { label: "A/B split", glyph: "⚖", tone: "logic", visible: false },
  goal: { label: "Goal", glyph: "★", tone: "outcome", visible: false },
  action: { label: "Action", glyph: "⚙", tone: "outcome", visible: false },
  webhook: { label: "Webhook", glyph: "↗", tone: "link", visible: false },
  flow: { label: "Flow", glyph: "↪", tone: "link", visible: false },
};

/** The palette's order: what a visitor sees first, then the invisible logic. */
export const PALETTE_ORDER: readonly CardType[] = [
  "message",
  "question",
  "capture",
  "consent",
  "content",
  "answer",
  "meeting",
  "liveChat",
  "branch",
  "split",
  "goal",
  "action",
  "webhook",
  "flow",
];
