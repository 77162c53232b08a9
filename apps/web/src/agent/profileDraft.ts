import type { AgentProfile, UpdateAgentProfileBody } from "@parley/protocol/liveChat";
import type { z } from "zod";
import type { DraftBlock } from "./scheduleBlocks";
import { mergeBlocks } from "./scheduleBlocks";

/** The profile form's state: SITE_DEFAULT is the site's limit; without a schedule one is always available. */
/** The limit choice that follows the site's default concurrency. */
export const SITE_DEFAULT = "default";

export interface ProfileDraft {
  timeZone: string;
  useSchedule: boolean;
  blocks: DraftBlock[];
  concurrencyLimit: string;
}

export function profileDraftOf(
  profile: AgentProfile,
  browserZone: string,
  newKey: () => string,
): ProfileDraft {
  // Never set up (UTC and no schedule): the browser's zone is the better guess.
  const fresh = profile.schedule === null && profile.timeZone === "UTC";
  return {
    timeZone: fresh ? browserZone : profile.timeZone,
    useSchedule: profile.schedule !== null,
    blocks: (profile.schedule?.blocks ?? []).map((b) => ({ ...b, key: newKey() })),
    concurrencyLimit: profile.concurrencyLimit === null ? SITE_DEFAULT : String(profile.concurrencyLimit),
  };
}

/** What the draft saves: blocks sorted and joined where they overlap. */
export function profileBodyOf(draft: ProfileDraft): z.input<typeof UpdateAgentProfileBody> {
  return {
    timeZone: draft.timeZone,
    schedule: draft.useSchedule ? { blocks: mergeBlocks(draft.blocks) } : null,
    concurrencyLimit: draft.concurrencyLimit === SITE_DEFAULT ? null : Number(draft.concurrencyLimit),
  };
}
