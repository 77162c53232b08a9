import type { AgentProfile } from "@parley/protocol/liveChat";
import { expect, test } from "vitest";
import { profileBodyOf, profileDraftOf } from "./profileDraft";

const profile: AgentProfile = {
  id: "u1",
  name: "Ada",
  email: "ada@example.com",
  initials: "AD",
  avatarUrl: null,
  teamIds: [],
  state: "offline",
  activeChats: 0,
  limit: 5,
  timeZone: "UTC",
  schedule: null,
  concurrencyLimit: null,
  availability: null,
  availabilityUntil: null,
};
let n = 0;
const key = () => String(++n);

test("a profile never set up starts in the browser's zone, without a schedule, with the site default", () => {
  const draft = profileDraftOf(profile, "Europe/Amsterdam", key);
  expect(profileBodyOf(draft)).toEqual({
    timeZone: "Europe/Amsterdam",
    schedule: null,
    concurrencyLimit: null,
  });
});

test("a saved zone, schedule and limit are kept, and blocks are joined on save", () => {
  const saved = {
    ...profile,
    timeZone: "UTC",
    schedule: { blocks: [{ day: 1, start: "09:00", end: "12:00" }] },
    concurrencyLimit: 3,
  };
  const draft = profileDraftOf(saved, "Europe/Amsterdam", key);
  expect(draft.timeZone).toBe("UTC");
  draft.blocks.push({ key: "x", day: 1, start: "11:00", end: "14:00" });
  expect(profileBodyOf(draft)).toEqual({
    timeZone: "UTC",
    schedule: { blocks: [{ day: 1, start: "09:00", end: "14:00" }] },
    concurrencyLimit: 3,
  });
});
