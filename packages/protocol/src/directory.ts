import { z } from "zod";
import { Id, Timestamp } from "./common";
import { ConversationMessage, ConversationStatus } from "./conversationMessage";
import { Company, Person } from "./people";

/**
 * The People and Companies screens' reads: lists paged by cursor (keyset, never OFFSET, so a page
 * costs the same at 1,000 and at 1,000,000 people), and the person's visits, conversations,
 * transcripts and timeline.
 */

export const Limit = z.coerce.number().int().min(1).max(200).default(50);
/** Opaque; taken from the previous page's `nextCursor`. */
export const Cursor = z.string().max(500);
const Search = z.string().trim().max(200);

export const PEOPLE_SORTS = ["updated", "created", "name", "email"] as const;
export const PeopleSort = z.enum(PEOPLE_SORTS);
export type PeopleSort = z.infer<typeof PeopleSort>;
export const SortOrder = z.enum(["asc", "desc"]);
export type SortOrder = z.infer<typeof SortOrder>;

/** How the "any field" filter compares: equal to `value`, or the field has any value / none. */
export const FIELD_FILTER_OPS = ["is", "set", "empty"] as const;
export const FieldFilterOp = z.enum(FIELD_FILTER_OPS);

/** The People list's query without the refinement (the export takes it without paging). */
export const PeopleListFields = z.strictObject({
  /** Matches the start of the email, the first name, the last name or "first last"; case-insensitive. */
  q: Search.optional(),
  /** known: has an email; anonymous: a person made for a visitor's answers, without email. */
  known: z.enum(["known", "anonymous"]).optional(),
  companyId: Id.optional(),
  /** A standard field (email, firstName, lastName, phone, jobTitle) or a custom field's key. */
  field: z.string().min(1).max(64).optional(),
  op: FieldFilterOp.default("is"),
  value: z.string().max(200).optional(),
  /** Instants (ISO 8601), inclusive from, exclusive to; the app turns the user's local days into them. */
  createdFrom: z.iso.datetime().optional(),
  createdTo: z.iso.datetime().optional(),
  updatedFrom: z.iso.datetime().optional(),
  updatedTo: z.iso.datetime().optional(),
  sort: PeopleSort.default("updated"),
  order: SortOrder.default("desc"),
  limit: Limit,
  cursor: Cursor.optional(),
});
/** "is" compares with a value: without one the filter is refused. */
export const fieldFilterNeedsValue = (query: { op: string; field?: string; value?: string }) =>
  query.op !== "is" || query.field === undefined || query.value !== undefined;
export const fieldFilterProblem = { message: "needs a value to compare the field with", path: ["value"] };
export const PeopleListQuery = PeopleListFields.refine(fieldFilterNeedsValue, fieldFilterProblem);
export type PeopleListQuery = z.infer<typeof PeopleListQuery>;

export const PersonListItem = Person.extend({ companyName: z.string().nullable() });
export type PersonListItem = z.infer<typeof PersonListItem>;

export const PersonPage = z.object({
  items: z.array(PersonListItem),
  /** Null on the last page. */
  nextCursor: z.string().nullable(),
});
export type PersonPage = z.infer<typeof PersonPage>;

export const COMPANY_SORTS = ["name", "updated", "created"] as const;
export const CompanySort = z.enum(COMPANY_SORTS);
export type CompanySort = z.infer<typeof CompanySort>;

export const CompanyListQuery = z.strictObject({
  /** Matches the start of the name or of the domain; case-insensitive. */
  q: Search.optional(),
  sort: CompanySort.default("name"),
  order: SortOrder.default("asc"),
  limit: Limit,
  cursor: Cursor.optional(),
});
export type CompanyListQuery = z.infer<typeof CompanyListQuery>;

export const CompanyListItem = Company.extend({ peopleCount: z.number().int() });
export type CompanyListItem = z.infer<typeof CompanyListItem>;

export const CompanyPage = z.object({ items: z.array(CompanyListItem), nextCursor: z.string().nullable() });
export type CompanyPage = z.infer<typeof CompanyPage>;

/** One visit (a run of page views without a 30-minute gap) of one of the person's visitors. */
export const Visit = z.object({
  id: Id,
  visitorId: Id,
  startedAt: Timestamp,
  endedAt: Timestamp,
  /** Inferred attributes of the visit's latest page view: device, language, utm_*, referrer, time zone… */
  attributes: z.record(z.string(), z.unknown()),
  pages: z.array(
    z.object({
      url: z.string(),
      referrer: z.string().nullable(),
      views: z.number().int(),
      firstAt: Timestamp,
      lastAt: Timestamp,
    }),
  ),
});
export type Visit = z.infer<typeof Visit>;

export const VisitList = z.object({ items: z.array(Visit) });

export const ConversationSummary = z.object({
  id: Id,
  dialogueId: Id,
  dialogueName: z.string().nullable(),
  kind: z.string(),
  version: z.number().int(),
  status: ConversationStatus,
  score: z.number().int().nullable(),
  pageUrl: z.string().nullable(),
  language: z.string().nullable(),
  messageCount: z.number().int(),
  startedAt: Timestamp,
  updatedAt: Timestamp,
  endedAt: Timestamp.nullable(),
});
export type ConversationSummary = z.infer<typeof ConversationSummary>;

export const ConversationSummaryList = z.object({ items: z.array(ConversationSummary) });

/** A conversation with its whole transcript, oldest message first. */
export const ConversationTranscript = ConversationSummary.extend({
  visitorId: Id,
  personId: Id.nullable(),
  messages: z.array(ConversationMessage),
});
export type ConversationTranscript = z.infer<typeof ConversationTranscript>;

export const TimelineEntry = z.object({
  id: Id,
  type: z.string(),
  dialogueId: Id.nullable(),
  dialogueName: z.string().nullable(),
  dialogueVersion: z.number().int().nullable(),
  pageUrl: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  at: Timestamp,
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const TimelineQuery = z.strictObject({ limit: Limit, cursor: Cursor.optional() });
export const TimelinePage = z.object({ items: z.array(TimelineEntry), nextCursor: z.string().nullable() });
export type TimelinePage = z.infer<typeof TimelinePage>;
