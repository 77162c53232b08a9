import type { SimulatedEvent } from "@parley/flow/runner/simulatedHost";

const quoted = (value: unknown) => `"${String(value)}"`;

/**
 * One line of the test's effects log, in a marketer's words: what would have happened for real
 * (nothing is saved, sent or booked in a test).
 */
export function describeEvent(event: SimulatedEvent): string {
  const { effect, answer } = event;
  switch (effect.type) {
    case "saveField":
      return event.kept
        ? `Kept ${effect.field}: it was already known`
        : `Saved ${effect.field} = ${quoted(effect.value)}`;
    case "identifyByEmail":
      return `Visitor identified as ${effect.email}`;
    case "markGoal":
      return `Goal reached: ${effect.goal}`;
    case "setScore":
      return `Score set to ${effect.score}`;
    case "callWebhook": {
      const result = answer?.kind === "webhookResult" ? answer : null;
      const outcome = result ? (result.ok ? "succeeded" : "failed") : "called";
      return `Webhook ${effect.url} ${outcome}${result?.status ? ` (${result.status})` : ""}`;
    }
    case "routeLiveChat": {
      const result = answer?.kind === "liveChatResult" ? answer : null;
      if (!result) return "Live chat requested";
      return result.outcome === "connected"
        ? `Live chat connected to ${result.agent?.name ?? "an agent"}`
        : "Live chat: nobody available";
    }
    case "offerMeetingSlots":
      return effect.reason === "liveChatFallback"
        ? "Meeting slots offered (nobody could chat)"
        : "Meeting slots offered";
    case "searchAnswers": {
      const found = answer?.kind === "answersFound" ? answer.matches.length : 0;
      return `Answer library searched for ${quoted(effect.query)}: ${found === 0 ? "nothing found" : `${found} found`}`;
    }
    case "runFlow":
      return `Flow ${effect.flowId} run`;
    case "recordConsent":
      return `Consent recorded: ${effect.accepted ? "accepted" : "declined"}`;
    case "recordContentOffer":
      return `Content offered: ${effect.title}`;
    case "recordSplit":
      return `Split: branch ${effect.branchId}`;
  }
}
