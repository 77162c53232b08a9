import { ACTIVITY_WEBHOOK_TYPES } from "@parley/protocol/webhooks";
import { expect, it } from "vitest";
import { ACTIVITY_TYPES } from "../engine/recordEvent";
import { RETRY_BASE_MS, RETRY_CAP_MS, retryDelayMs } from "./webhookRetry";

it("every activity of the timeline is a webhook event type, and nothing else is an activity one", () => {
  expect([...ACTIVITY_WEBHOOK_TYPES].sort()).toEqual(ACTIVITY_TYPES.map((t) => `activity.${t}`).sort());
});

it("the retry wait doubles up to its cap, spread ±25 % by the random it is given", () => {
  expect(retryDelayMs(1, () => 0.5)).toBe(RETRY_BASE_MS);
  expect(retryDelayMs(3, () => 0.5)).toBe(4 * RETRY_BASE_MS);
  expect(retryDelayMs(30, () => 0.5)).toBe(RETRY_CAP_MS);
  expect(retryDelayMs(1, () => 0)).toBe(0.75 * RETRY_BASE_MS);
  expect(retryDelayMs(30, () => 0.999999)).toBe(Math.round(RETRY_CAP_MS * (0.75 + 0.5 * 0.999999)));
});
