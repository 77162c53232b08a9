import { z } from "zod";
import { ActionCard } from "./cards/action";
import { AnswerCard } from "./cards/answer";
import { BranchCard } from "./cards/branch";
import { CaptureCard } from "./cards/capture";
import { ConsentCard } from "./cards/consent";
import { ContentCard } from "./cards/content";
import { FlowCard } from "./cards/flow";
import { GoalCard } from "./cards/goal";
import { LiveChatCard } from "./cards/liveChat";
import { MeetingCard } from "./cards/meeting";
import { MessageCard } from "./cards/message";
import { QuestionCard } from "./cards/question";
import { SplitCard } from "./cards/split";
import { WebhookCard } from "./cards/webhook";

/** Any card of a stream, told apart by `type`. */
export const Card = z.discriminatedUnion("type", [
  MessageCard,
  QuestionCard,
  CaptureCard,
  MeetingCard,
  LiveChatCard,
  GoalCard,
  ActionCard,
  BranchCard,
  FlowCard,
  ContentCard,
  ConsentCard,
  WebhookCard,
  SplitCard,
  AnswerCard,
]);
export type Card = z.infer<typeof Card>;
export type CardType = Card["type"];
export type CardOfType<T extends CardType> = Extract<Card, { type: T }>;

/** How people call each card, for messages and the designer's palette. */
export const CARD_TYPE_LABELS: Readonly<Record<CardType, string>> = {
  message: "message",
  question: "question",
  capture: "information capture",
  meeting: "meeting booking",
  liveChat: "live chat",
  goal: "goal",
  action: "action",
  branch: "branch",
  flow: "flow",
  content: "content",
  consent: "consent",
  webhook: "webhook",
  split: "split",
  answer: "answer",
};

export const CARD_TYPES = Object.keys(CARD_TYPE_LABELS) as CardType[];

/** `Card "Talk to sales" (live chat)`: how messages name a card (its name, else its id). */
export function describeCard(card: { id: string; name?: string | undefined; type: CardType }): string {
  const name = card.name?.trim() || card.id;
  return `Card "${name}" (${CARD_TYPE_LABELS[card.type]})`;
}
