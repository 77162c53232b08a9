import type { Routing } from "../cards/routing";

/**
 * What the server must do after a step, in order. Effects that wait for an outcome
 * (`callWebhook`, `offerMeetingSlots`, `routeLiveChat`, `searchAnswers`, `runFlow`) are answered
 * with the matching input (`webhookResult` …); the others are fire-and-forget within the
 * step's transaction.
 */
export type RunEffect =
  /** `overwrite` false: keep a value the field already has (the runner checked its context; re-check on commit). */
  | { type: "saveField"; cardId: string; field: string; value: string | number; overwrite: boolean }
  /** Link the visitor to the person with this email (merge, never duplicate). */
  | { type: "identifyByEmail"; cardId: string; email: string }
  | { type: "markGoal"; cardId: string; goal: string }
  /** Set the conversation score (0–3). */
  | { type: "setScore"; cardId: string; score: number }
  | { type: "callWebhook"; cardId: string; url: string }
  | { type: "routeLiveChat"; cardId: string; routing: Routing }
  /** `reason` liveChatFallback: offered because nobody took the chat. */
  | { type: "offerMeetingSlots"; cardId: string; routing: Routing; reason: "card" | "liveChatFallback" }
  | { type: "searchAnswers"; cardId: string; query: string }
  | { type: "runFlow"; cardId: string; flowId: string }
  /** Record the answer with the time and the exact text shown. */
  | {
      type: "recordConsent";
      cardId: string;
      accepted: boolean;
      text: string;
      privacyUrl?: string;
      at: string;
    }
  | { type: "recordContentOffer"; cardId: string; title: string; url: string; kind: "pdf" | "page" }
  /** A split card chose a branch for this conversation (once; later visits reuse it). */
  | { type: "recordSplit"; cardId: string; branchId: string };

export type RunEffectType = RunEffect["type"];
