import { z } from "zod";
import { Id, Timestamp } from "./common";
import { ConditionGroupDocument, StreamDocument } from "./documents";

/** When a targeted dialogue shows itself (product.md §3 behaviour triggers). */
export const Trigger = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("immediately") }),
  z.strictObject({ kind: z.literal("seconds_on_page"), seconds: z.number().int().min(1).max(3600) }),
  z.strictObject({ kind: z.literal("seconds_on_site"), seconds: z.number().int().min(1).max(86_400) }),
  z.strictObject({ kind: z.literal("scroll"), percent: z.number().int().min(1).max(100) }),
  z.strictObject({ kind: z.literal("exit_intent") }),
]);
export type Trigger = z.infer<typeof Trigger>;

const UrlPattern = z.string().trim().min(1).max(500);

export const Targeting = z.strictObject({
  /** URL patterns (`*` wildcards, optional `?key=value` conditions); empty means every page. */
  include: z.array(UrlPattern).max(200).default([]),
  exclude: z.array(UrlPattern).max(200).default([]),
  /** A nested all/any condition group (packages/flow ConditionGroup) or null for everyone. */
  audience: ConditionGroupDocument.nullable().default(null),
  trigger: Trigger.default({ kind: "immediately" }),
});
export type Targeting = z.infer<typeof Targeting>;

export const DELIVERIES = ["popup", "inline", "chat"] as const;
export const Delivery = z.enum(DELIVERIES);

/** How a conversational flow is started and shown (flows are triggered, not targeted). */
export const FlowSettings = z.strictObject({
  delivery: Delivery.default("chat"),
  /** Start on page load of matching pages (include patterns of the targeting apply). */
  onPageLoad: z.boolean().default(false),
});
export type FlowSettings = z.infer<typeof FlowSettings>;

export const DIALOGUE_STATUSES = ["draft", "published", "unpublished", "archived"] as const;
export const DialogueKind = z.enum(["dialogue", "flow"]);
/** Ids of the stream templates in packages/flow/src/templates/streamTemplates.ts. */
export const TEMPLATES = [
  "book-a-demo",
  "qualify-and-route",
  "contact-support",
  "newsletter-signup",
] as const;
export const TemplateName = z.enum(TEMPLATES);

export const Schedule = z
  .strictObject({ start: z.iso.datetime().nullable(), end: z.iso.datetime().nullable() })
  .refine((s) => !s.start || !s.end || s.start < s.end, { message: "the schedule must end after it starts" });

export const Dialogue = z.object({
  id: Id,
  siteId: Id,
  kind: DialogueKind,
  name: z.string(),
  description: z.string(),
  status: z.enum(DIALOGUE_STATUSES),
  priority: z.number().int(),
  schedule: z.object({ start: z.string().nullable(), end: z.string().nullable() }),
  targeting: Targeting,
  flowSettings: FlowSettings,
  /** The stream document being edited. */
  draft: StreamDocument,
  /** Bumped by every saved draft; send it back as `draftRevision` so a save never overwrites a newer one. */
  draftRevision: z.number().int(),
  publishedVersion: z.number().int().nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** Who saved it last (null: made by a template, setup or an API key). */
  updatedBy: z.object({ id: Id, name: z.string() }).nullable(),
  /** True when it has a published version and the draft differs from it ("changed since published"). */
  draftChanged: z.boolean().optional(),
});
export type Dialogue = z.infer<typeof Dialogue>;

export const CreateDialogueBody = z.strictObject({
  kind: DialogueKind.default("dialogue"),
  name: z.string().trim().min(1).max(120),
  description: z.string().max(2000).default(""),
  template: TemplateName.nullable().default(null),
  priority: z.number().int().min(0).max(1000).default(0),
  schedule: Schedule.default({ start: null, end: null }),
  targeting: Targeting.default({
    include: [],
    exclude: [],
    audience: null,
    trigger: { kind: "immediately" },
  }),
  flowSettings: FlowSettings.default({ delivery: "chat", onPageLoad: false }),
});

export const UpdateDialogueBody = z.strictObject({
  name: z.string().trim().min(1).max(120).optional(),
  description: z.string().max(2000).optional(),
  priority: z.number().int().min(0).max(1000).optional(),
  schedule: Schedule.optional(),
  targeting: Targeting.optional(),
  flowSettings: FlowSettings.optional(),
  draft: StreamDocument.optional(),
  /**
   * The `draftRevision` the edit was based on. When given and another save came first, nothing is
   * written and the answer is 409 `draft_conflict` with the dialogue as it is now (`details.dialogue`).
   */
  draftRevision: z.number().int().min(0).optional(),
});

export const StreamProblem = z.object({
  cardId: z.string().optional(),
  code: z.string(),
  message: z.string(),
});
export const ValidationResult = z.object({ valid: z.boolean(), problems: z.array(StreamProblem) });

export const DialogueVersion = z.object({
  dialogueId: Id,
  version: z.number().int(),
  stream: StreamDocument,
  publishedBy: Id.nullable(),
  /** The publisher's name (null: published by an API key, or the user no longer exists). */
  publishedByName: z.string().nullable(),
  publishedAt: Timestamp,
});
export type DialogueVersion = z.infer<typeof DialogueVersion>;

/** The most dialogues one order can hold: priorities are written as 1000, 999, … and stay within 0..1000. */
export const MAX_ORDERED_DIALOGUES = 1001;

/**
 * The priority order of every (not archived) dialogue of a site, highest first. Flows have no priority.
 * Written in one transaction as descending priorities 1000, 999, …
 */
export const DialogueOrderBody = z.strictObject({
  ids: z.array(Id).min(1).max(MAX_ORDERED_DIALOGUES),
});

export const DIALOGUE_STATUS_CODES = [
  "chat_disabled",
  "no_allowed_domains",
  "domain_not_allowed",
  "no_published_dialogue",
  "all_outside_schedule",
  "no_page_match",
] as const;

/** Where a reason is fixed: the site's settings, or publishing / a dialogue's own settings or targeting. */
export const DIALOGUE_STATUS_FIXES = ["site_settings", "publish", "schedule", "targeting"] as const;

/** One reason why the site's snippet would show no dialogue, in words a marketer understands. */
export const DialogueStatusReason = z.object({
  code: z.enum(DIALOGUE_STATUS_CODES),
  message: z.string(),
  fix: z.enum(DIALOGUE_STATUS_FIXES),
  /** The dialogues the reason is about (e.g. those outside their schedule), when it names some. */
  dialogueIds: z.array(Id),
});
export type DialogueStatusReason = z.infer<typeof DialogueStatusReason>;

/**
 * Whether the site's snippet would show a dialogue (decided as the widget's bootstrap decides) and, if
 * not, why. With a page `url`, the page's domain and each dialogue's URL patterns are checked too.
 */
export const DialoguesStatus = z.object({
  showsDialogue: z.boolean(),
  /** Empty when a dialogue would show; also lists site-wide problems that stop flows. */
  reasons: z.array(DialogueStatusReason),
  publishedDialogues: z.number().int(),
  publishedFlows: z.number().int(),
  url: z.string().nullable(),
  /**
   * With `url` and nothing in the way: the highest-priority dialogue whose schedule and pages match,
   * which a new visitor gets there unless its audience leaves them out (`hasAudience`).
   */
  pageDialogue: z.object({ id: Id, name: z.string(), hasAudience: z.boolean() }).nullable(),
});
export type DialoguesStatus = z.infer<typeof DialoguesStatus>;

export const DialoguesStatusQuery = z.strictObject({
  url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .optional(),
});
