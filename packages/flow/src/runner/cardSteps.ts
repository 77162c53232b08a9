import type { Card, CardOfType, CardType } from "../card";
import type { CardStep } from "./cardStep";
import { actionStep } from "./cards/actionStep";
import { answerStep } from "./cards/answerStep";
import { branchStep } from "./cards/branchStep";
import { captureStep } from "./cards/captureStep";
import { consentStep } from "./cards/consentStep";
import { contentStep } from "./cards/contentStep";
import { flowStep } from "./cards/flowStep";
import { goalStep } from "./cards/goalStep";
import { liveChatStep } from "./cards/liveChatStep";
import { meetingStep } from "./cards/meetingStep";
import { messageStep } from "./cards/messageStep";
import { questionStep } from "./cards/questionStep";
import { splitStep } from "./cards/splitStep";
import { webhookStep } from "./cards/webhookStep";

/** One handler per card type; a new card type does not compile until it has one. */
const CARD_STEPS: { readonly [T in CardType]: CardStep<CardOfType<T>> } = {
  message: messageStep,
  question: questionStep,
  capture: captureStep,
  meeting: meetingStep,
  liveChat: liveChatStep,
  goal: goalStep,
  action: actionStep,
  branch: branchStep,
  flow: flowStep,
  content: contentStep,
  consent: consentStep,
  webhook: webhookStep,
  split: splitStep,
  answer: answerStep,
};

export function cardStepFor(card: Card): CardStep<Card> {
  // The table is keyed by type, so the handler always matches the card it is looked up for.
  return CARD_STEPS[card.type] as CardStep<Card>;
}
