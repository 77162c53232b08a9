import {
  MAX_RETENTION_DAYS,
  PURGEABLE_CLASSES,
  type PurgeableClass,
  type RetentionSettings,
  type RetentionSettingsBody,
} from "@parley/protocol/retention";

/** What the form holds per class: the days as typed, or kept forever. */
export type RetentionDraft = Record<PurgeableClass, { days: string; forever: boolean }>;

export function retentionDraftOf(settings: RetentionSettings): RetentionDraft {
  return Object.fromEntries(
    PURGEABLE_CLASSES.map((c) => {
      const days = settings[c];
      return [c, { days: days === null ? "" : String(days), forever: days === null }];
    }),
  ) as RetentionDraft;
}

/** The problem of each class's typed days, in plain words (none: the draft can be saved). */
export function retentionProblems(draft: RetentionDraft): Partial<Record<PurgeableClass, string>> {
  const problems: Partial<Record<PurgeableClass, string>> = {};
  for (const c of PURGEABLE_CLASSES) {
    const { days, forever } = draft[c];
    if (forever) continue;
    const text = days.trim();
    if (!/^\d+$/.test(text)) problems[c] = "Enter a whole number of days, or keep it forever";
    else if (Number(text) < 1) problems[c] = "At least 1 day";
    else if (Number(text) > MAX_RETENTION_DAYS)
      problems[c] = `At most ${MAX_RETENTION_DAYS} days (or keep it forever)`;
  }
  return problems;
}

export function retentionBodyOf(draft: RetentionDraft): RetentionSettingsBody {
  return Object.fromEntries(
    PURGEABLE_CLASSES.map((c) => [c, draft[c].forever ? null : Number(draft[c].days.trim())]),
  ) as RetentionSettingsBody;
}

/** "90 days (about 3 months)", "730 days (about 24 months)". */
export function periodHint(days: string): string | undefined {
  const n = Number(days.trim());
  if (!Number.isInteger(n) || n < 60) return undefined;
  return `About ${Math.round(n / 30.44)} months`;
}
