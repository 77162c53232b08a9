import type { Generated } from "kysely";

/**
 * Table shapes, shared by SQLite and PostgreSQL. Portable choices: ids are text (UUIDs),
 * timestamps are ISO 8601 text (sortable), booleans are integers 0/1, JSON is text.
 */
export interface InstanceSettingsTable {
  key: string;
  value: string;
}

export interface SiteTable {
  id: string;
  name: string;
  site_key: string;
  allowed_domains: string;
  branding: string;
  chat_enabled: number;
  blocked_email_domains: string;
  privacy_url: string | null;
  language: string;
  /** Days after which a finished dialogue may show again to the same visitor; null: never. */
  restart_after_days: number | null;
  is_demo: number;
  /** Signs visitors' emails on the site's own backend (verified identity); never sent to visitors. */
  identity_secret: string | null;
  /** JSON LiveChatSettings (0013); `{}` means every default. */
  livechat_settings: string;
  /** JSON MeetingSettings; `{}` means every default. */
  meeting_settings: string;
  /** IANA zone of the site's calendar days (reports' dates and daily roll-ups), 0016. */
  time_zone: string;
  created_at: string;
  updated_at: string;
}

export interface RoleTable {
  id: string;
  key: string | null;
  name: string;
  permissions: string;
  built_in: number;
  created_at: string;
}

export interface UserTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  role_id: string;
  site_ids: string | null;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface SessionTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface SignInAttemptTable {
  id: string;
  email: string;
  ip: string;
  succeeded: number;
  at: string;
}

/** One fixed window of one rate limit (migration 0009). */
export interface RateLimitCounterTable {
  key: string;
  window_start: string;
  hits: number;
  expires_at: string;
}

export interface ApiKeyTable {
  id: string;
  name: string;
  prefix: string;
  secret_hash: string;
  scopes: string;
  /** JSON array of site ids; null means every site. */
  site_ids: string | null;
  created_by: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface TeamTable {
  id: string;
  name: string;
  created_at: string;
}

export interface TeamMemberTable {
  team_id: string;
  user_id: string;
}

export interface FieldDefinitionTable {
  id: string;
  site_id: string;
  entity: string;
  key: string;
  label: string;
  type: string;
  options: string;
  built_in: number;
  created_at: string;
}

export interface CompanyTable {
  id: string;
  site_id: string;
  name: string;
  domain: string | null;
  owner_id: string | null;
  fields: string;
  created_at: string;
  updated_at: string;
}

export interface PersonTable {
  id: string;
  site_id: string;
  email: string | null;
  first_name: string | null;
  last_name: string | null;
  phone: string | null;
  job_title: string | null;
  company_id: string | null;
  fields: string;
  created_at: string;
  updated_at: string;
}

export interface VisitorTable {
  id: string;
  site_id: string;
  person_id: string | null;
  /** Inferred attributes of the first page view, and `custom` ones from identify(); the latest are on page_views. */
  attributes: string;
  /** JSON `{ person, company }`: the values this visitor gave (all an unverified visitor's tokens show). */
  given: Generated<string>;
  /** The email this visitor proved with a signature from the site's backend. */
  verified_email: string | null;
  first_seen_at: string;
  /** When a token was last issued for it (POST /api/widget/visitors); page activity is page_views.last_at. */
  last_seen_at: string;
}

export interface ActivityTable {
  id: string;
  site_id: string;
  visitor_id: string | null;
  person_id: string | null;
  type: string;
  dialogue_id: string | null;
  dialogue_version: number | null;
  page_url: string | null;
  data: string;
  at: string;
}

export interface DialogueTable {
  id: string;
  site_id: string;
  kind: string;
  name: string;
  description: string;
  status: string;
  priority: number;
  schedule_start: string | null;
  schedule_end: string | null;
  targeting: string;
  flow_settings: string;
  draft: string;
  /** Bumped by every saved draft; a save based on an older revision is refused (409 draft_conflict). */
  draft_revision: number;
  published_version: number | null;
  created_at: string;
  updated_at: string;
  /** The user who saved the dialogue last (null: created by setup, a template or an API key). */
  updated_by: string | null;
}

export interface DialogueVersionTable {
  dialogue_id: string;
  version: number;
  stream: string;
  published_by: string | null;
  published_at: string;
}

export interface SegmentTable {
  id: string;
  site_id: string;
  name: string;
  conditions: string;
  created_at: string;
  updated_at: string;
}

export interface AnswerTable {
  id: string;
  site_id: string;
  question: string;
  answer: string;
  keywords: string;
  created_at: string;
  updated_at: string;
}

export interface VisitorDialogueTable {
  visitor_id: string;
  dialogue_id: string;
  version: number;
  status: string;
  updated_at: string;
}

/** One row per visitor, visit and page (0011): a count and the first and last time, not a row per view. */
export interface PageViewTable {
  id: string;
  site_id: string;
  visitor_id: string;
  /** The visit: a run of page views without a 30-minute gap (domain/visitors/visitSession.ts). */
  session_id: string;
  url: string;
  /** Of the first view of this page in the visit. */
  referrer: string | null;
  /** The inferred attributes of the latest view. */
  attributes: string;
  views: number;
  first_at: string;
  last_at: string;
}

export interface ConversationTable {
  id: string;
  site_id: string;
  visitor_id: string;
  person_id: string | null;
  dialogue_id: string;
  version: number;
  kind: string;
  delivery: string;
  status: string;
  score: number | null;
  state: string;
  page_url: string | null;
  language: string | null;
  start_client_id: string;
  last_seq: number;
  started_at: string;
  updated_at: string;
  ended_at: string | null;
  /** The A/B branches this conversation was sent down (0017; see EventTable.branch), null: none. */
  branch: string | null;
  /**
   * 1 when the visitor was linked to a person with an email when the conversation started (0022):
   * every event of the conversation carries it (EventTable.known), so a visitors filter puts all of
   * a conversation's metrics in one bucket.
   */
  known: number;
}

export interface MessageTable {
  id: string;
  conversation_id: string;
  seq: number;
  client_id: string | null;
  author: string;
  body: string;
  created_at: string;
}

export interface EventTable {
  id: string;
  site_id: string;
  type: string;
  dialogue_id: string | null;
  version: number | null;
  conversation_id: string | null;
  visitor_id: string | null;
  person_id: string | null;
  card_id: string | null;
  data: string;
  at: string;
  /** What reports filter on (0017): the conversation's kind (dialogue|flow) and delivery. */
  kind: string | null;
  delivery: string | null;
  /**
   * The A/B split branches the conversation had been sent down when the event happened (in this
   * conversation): `splitCardId:branchId` pairs sorted by card id, joined by `,` (nested splits give
   * several pairs, e.g. `s1:a,s2:c`); null before any split.
   */
  branch: string | null;
  /** The conversation's `known` (0022: a person with an email when it started), else 0. */
  known: number;
  /** The path of the page the conversation started on (no query), for top pages. */
  page: string | null;
  /** `at` as epoch milliseconds (PostgreSQL bigint: read it through Number()). */
  at_ms: number;
  /**
   * 1 on a conversation's second (third …) email_given, meeting_scheduled or goal_reached (0022):
   * the reports count each conversation once; the activity timeline keeps every one.
   */
  repeated: number;
  /** 1 once the event is counted in the roll-ups (0022); 0 until then. */
  rolled: number;
}

export interface JobTable {
  id: string;
  kind: string;
  /** JSON */
  payload: string;
  status: "queued" | "running" | "done" | "failed";
  run_at: string;
  attempts: number;
  max_attempts: number;
  lease_until: string | null;
  locked_by: string | null;
  dedupe_key: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}

export interface OutboxTable {
  id: string;
  kind: string;
  user_id: string | null;
  recipient: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  attachments: string | null;
  status: "queued" | "sent" | "failed" | "unsent";
  attempts: number;
  last_error: string | null;
  message_id: string;
  sent_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface UserTokenTable {
  id: string;
  user_id: string;
  purpose: "invite" | "password_reset";
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

export interface PasswordResetRequestTable {
  id: string;
  email: string;
  ip: string;
  at: string;
}

/** An agent's live-chat profile (0013); a user without a row has every default. */
export interface AgentProfileTable {
  user_id: string;
  concurrency_limit: number | null;
  time_zone: string;
  /** JSON WeeklySchedule or null (no schedule). */
  schedule: string | null;
  availability: "available" | "away" | null;
  availability_until: string | null;
  avatar: string | null;
  avatar_type: string | null;
  updated_at: string;
}

/** The account list: a domain or a company of the site, and its owner agent. */
export interface AccountRouteTable {
  id: string;
  site_id: string;
  domain: string | null;
  company_id: string | null;
  owner_id: string;
  created_at: string;
}

export interface RoutingRuleTable {
  id: string;
  site_id: string;
  name: string;
  priority: number;
  /** JSON array of user ids. */
  agent_ids: string;
  team_id: string | null;
  /** JSON array of packages/flow AttributeConditions (all must hold). */
  conditions: string;
  created_at: string;
  updated_at: string;
}

export interface LiveChatTable {
  id: string;
  site_id: string;
  conversation_id: string;
  card_id: string;
  /** JSON Routing of the card. */
  routing: string;
  status: "routing" | "offered" | "queued" | "assigned" | "ended" | "fallback";
  agent_id: string | null;
  team_id: string | null;
  attempts: number;
  queued_at: string | null;
  assigned_at: string | null;
  ended_at: string | null;
  end_reason: "agent" | "visitor" | "inactivity" | "fallback" | null;
  last_activity_at: string;
  score: number | null;
  visitor_delivered_seq: number;
  visitor_read_seq: number;
  agent_delivered_seq: number;
  agent_read_seq: number;
  requested_at: string;
  updated_at: string;
  /** The first agent message's time, noted before a transcript purge removes the messages (0023). */
  first_response_at: string | null;
}

export interface ChatOfferTable {
  id: string;
  chat_id: string;
  site_id: string;
  agent_id: string;
  attempt: number;
  status: "open" | "accepted" | "declined" | "timed_out" | "withdrawn";
  origin: "route" | "queue" | "transfer";
  note: string | null;
  from_agent_id: string | null;
  offered_at: string;
  expires_at: string;
  decided_at: string | null;
}

export interface RoutingPointerTable {
  site_id: string;
  scope: string;
  last_agent_id: string | null;
  updated_at: string;
}

export interface RoutingLogTable {
  id: string;
  chat_id: string;
  conversation_id: string;
  pos: number;
  kind: string;
  agent_id: string | null;
  /** JSON */
  detail: string;
  at: string;
}

/** Internal notes: never in `messages`, so the visitor's stream cannot carry one. */
export interface ConversationNoteTable {
  id: string;
  conversation_id: string;
  author_id: string | null;
  text: string;
  client_id: string | null;
  after_seq: number;
  created_at: string;
}

/** Agents who took part in a conversation (what `conversations.view_own` may read). */
export interface ChatParticipantTable {
  conversation_id: string;
  user_id: string;
  joined_at: string;
}

export interface CannedResponseTable {
  id: string;
  site_id: string;
  shortcut: string;
  title: string;
  text: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface MeetingAvailabilityTable {
  user_id: string;
  /** JSON Availability (packages/protocol/src/meetings.ts). */
  settings: string;
  updated_at: string;
}

export interface CalendarConnectionTable {
  id: string;
  user_id: string;
  kind: "caldav" | "ics";
  name: string;
  url: string;
  username: string | null;
  /** The CalDAV password, encrypted (calendar/secretBox.ts). */
  secret: string | null;
  calendar_url: string | null;
  write_bookings: number;
  status: "ok" | "needs_attention";
  last_error: string | null;
  last_synced_at: string | null;
  notified_at: string | null;
  etag: string | null;
  last_modified: string | null;
  created_at: string;
  updated_at: string;
}

export interface BusyTimeTable {
  id: string;
  connection_id: string;
  user_id: string;
  starts_at: string;
  ends_at: string;
  uid: string | null;
}

export interface MeetingOfferTable {
  id: string;
  site_id: string;
  conversation_id: string;
  card_id: string | null;
  reason: "card" | "liveChatFallback" | "shared";
  /** JSON packages/flow Routing. */
  routing: string;
  status: "open" | "booked" | "closed";
  meeting_id: string | null;
  shared_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface MeetingTable {
  id: string;
  site_id: string;
  user_id: string;
  offer_id: string | null;
  conversation_id: string | null;
  dialogue_id: string | null;
  person_id: string | null;
  visitor_id: string | null;
  visitor_email: string | null;
  visitor_name: string | null;
  visitor_time_zone: string;
  language: string | null;
  starts_at: string;
  ends_at: string;
  status: "scheduled" | "cancelled" | "no_show";
  source: "card" | "liveChatFallback" | "shared";
  uid: string;
  sequence: number;
  reschedule_count: number;
  video_url: string | null;
  /** JSON Meeting["routingLog"]. */
  routing_log: string;
  caldav_connection_id: string | null;
  caldav_href: string | null;
  caldav_etag: string | null;
  cancel_reason: string | null;
  cancelled_at: string | null;
  created_at: string;
  updated_at: string;
}

/** An invitation a meeting change owes, until its job renders the mails (0024). */
export interface MeetingInvitationTable {
  id: string;
  meeting_id: string;
  kind: "booked" | "rescheduled" | "cancelled";
  /** The meeting's time and sequence as the change left them. */
  starts_at: string;
  ends_at: string;
  sequence: number;
  /** The conversation's last message seq then (the transcript stops there); null without one. */
  through_seq: number | null;
  created_at: string;
}

/** A site's retention period for one data class (0018); no row: the default. */
export interface RetentionSettingTable {
  site_id: string;
  data_class: string;
  /** null: kept forever. */
  days: number | null;
  updated_by: string | null;
  updated_at: string;
}

/** One purge of one site (0018): what it removed per class, when, how long. */
export interface RetentionRunTable {
  id: string;
  site_id: string;
  trigger: "schedule" | "manual";
  status: "queued" | "running" | "done" | "failed";
  /** JSON PurgeCounts. */
  removed: string;
  batches: number;
  more: number;
  requested_by: string | null;
  queued_at: string;
  started_at: string | null;
  finished_at: string | null;
  duration_ms: number | null;
  error: string | null;
}

/** One erased person or visitor (0018): only the id and what went. */
export interface ErasureTable {
  id: string;
  site_id: string;
  subject: "person" | "visitor";
  subject_id: string;
  erased_by: string | null;
  /** JSON ErasureCounts. */
  removed: string;
  erased_at: string;
}

/** A CSV import of people or companies and its run (0020, domain/imports). */
export interface ImportTable {
  id: string;
  site_id: string;
  entity: string;
  file_name: string;
  file_bytes: number;
  total_rows: number;
  /** JSON string[]. */
  columns: string;
  /** JSON ImportMapping, null before a run. */
  mapping: string | null;
  dry_run: number;
  status: string;
  rows_processed: number;
  created_count: number;
  updated_count: number;
  skipped_count: number;
  failed_count: number;
  error: string | null;
  created_by: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}

/** The uploaded file's text, in order (0020). */
export interface ImportChunkTable {
  import_id: string;
  seq: number;
  text: string;
}

/** A refused row of an import's run, with its cells (0020). */
export interface ImportErrorTable {
  import_id: string;
  row_no: number;
  /** JSON string[]. */
  cells: string;
  message: string;
}

export interface Database {
  instance_settings: InstanceSettingsTable;
  sites: SiteTable;
  roles: RoleTable;
  users: UserTable;
  sessions: SessionTable;
  sign_in_attempts: SignInAttemptTable;
  rate_limit_counters: RateLimitCounterTable;
  api_keys: ApiKeyTable;
  teams: TeamTable;
  team_members: TeamMemberTable;
  field_definitions: FieldDefinitionTable;
  companies: CompanyTable;
  people: PersonTable;
  visitors: VisitorTable;
  activities: ActivityTable;
  dialogues: DialogueTable;
  dialogue_versions: DialogueVersionTable;
  segments: SegmentTable;
  answers: AnswerTable;
  visitor_dialogues: VisitorDialogueTable;
  page_views: PageViewTable;
  conversations: ConversationTable;
  messages: MessageTable;
  events: EventTable;
  jobs: JobTable;
  outbox: OutboxTable;
  user_tokens: UserTokenTable;
  password_reset_requests: PasswordResetRequestTable;
  agent_profiles: AgentProfileTable;
  account_routes: AccountRouteTable;
  routing_rules: RoutingRuleTable;
  live_chats: LiveChatTable;
  chat_offers: ChatOfferTable;
  routing_pointers: RoutingPointerTable;
  routing_log: RoutingLogTable;
  conversation_notes: ConversationNoteTable;
  chat_participants: ChatParticipantTable;
  canned_responses: CannedResponseTable;
  meeting_availability: MeetingAvailabilityTable;
  calendar_connections: CalendarConnectionTable;
  busy_times: BusyTimeTable;
  meeting_offers: MeetingOfferTable;
  meetings: MeetingTable;
  meeting_invitations: MeetingInvitationTable;
  report_rollups: ReportRollupTable;
  report_page_rollups: ReportPageRollupTable;
  report_rollup_state: ReportRollupStateTable;
  webhook_subscriptions: WebhookSubscriptionTable;
  webhook_deliveries: WebhookDeliveryTable;
  webhook_attempts: WebhookAttemptTable;
  retention_settings: RetentionSettingTable;
  retention_runs: RetentionRunTable;
  erasures: ErasureTable;
  imports: ImportTable;
  import_chunks: ImportChunkTable;
  import_errors: ImportErrorTable;
}

/**
 * Daily roll-ups of events (0017): counts per site-local day and report dimension, no person or
 * visitor. Kept when raw events are purged. Absent dimensions are '' (text) or 0 (version), so
 * equal rows group; `card_id` is kept only for card_visited, dropped and split_assigned.
 */
export interface ReportRollupTable {
  site_id: string;
  day: string;
  dialogue_id: string;
  version: number;
  kind: string;
  known: number;
  branch: string;
  card_id: string;
  type: string;
  count: number;
}

/** The same counts per day and page (top pages), for the event types that are not per card. */
export interface ReportPageRollupTable {
  site_id: string;
  day: string;
  page: string;
  dialogue_id: string;
  kind: string;
  known: number;
  type: string;
  count: number;
}

/** How far a site's events are rolled up: every event with at_ms < rolled_until_ms is in report_rollups. */
export interface ReportRollupStateTable {
  site_id: string;
  rolled_until_ms: number;
  /** The last site-local day rolled up (YYYY-MM-DD), and the zone it was counted in. */
  last_day: string | null;
  time_zone: string;
  updated_at: string;
}

/** A site's webhook subscription (migration 0019, docs/webhooks.md). */
export interface WebhookSubscriptionTable {
  id: string;
  site_id: string;
  url: string;
  /** JSON array of WebhookEventType. */
  event_types: string;
  /** The signing secret, encrypted (calendar/secretBox.ts, bound to `webhook:<id>`). */
  secret: string;
  secret_prefix: string;
  active: number;
  description: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** One event for one subscription; its id is the delivery id receivers see on every attempt. */
export interface WebhookDeliveryTable {
  id: string;
  site_id: string;
  subscription_id: string;
  event_type: string;
  /** The exact JSON body POSTed. */
  payload: string;
  status: "pending" | "failed" | "delivered" | "dead";
  attempts: number;
  max_attempts: number;
  next_attempt_at: string | null;
  last_status_code: number | null;
  last_error: string | null;
  response_time_ms: number | null;
  created_at: string;
  delivered_at: string | null;
  updated_at: string;
}

export interface WebhookAttemptTable {
  id: string;
  delivery_id: string;
  number: number;
  at: string;
  status_code: number | null;
  duration_ms: number;
  error: string | null;
  response_excerpt: string | null;
}
