import { type Kysely, type Migration, type MigrationProvider, Migrator } from "kysely";
import * as foundation from "./migrations/0001_foundation";
import * as dialogues from "./migrations/0002_dialogues";
import * as conversations from "./migrations/0003_conversations";
import * as conversationLanguage from "./migrations/0004_conversation_language";
import * as siteRestartAfter from "./migrations/0005_site_restart_after";
import * as apiKeySites from "./migrations/0006_api_key_sites";
import * as jobs from "./migrations/0007_jobs";
import * as mail from "./migrations/0008_mail";
import * as rateLimitCounters from "./migrations/0009_rate_limit_counters";
import * as verifiedIdentity from "./migrations/0010_verified_identity";
import * as pageViewRollups from "./migrations/0011_page_view_rollups";
import * as directoryIndexes from "./migrations/0012_directory_indexes";
import * as liveChat from "./migrations/0013_live_chat";
import * as meetings from "./migrations/0014_meetings";
import * as dialogueRevisions from "./migrations/0015_dialogue_revisions";
import * as siteTimeZone from "./migrations/0016_site_time_zone";
import * as reportEvents from "./migrations/0017_report_events";
import * as retention from "./migrations/0018_retention";
import * as webhooks from "./migrations/0019_webhooks";
import * as imports from "./migrations/0020_imports";
import * as apiListIndexes from "./migrations/0021_api_list_indexes";
import * as reportIndexes from "./migrations/0022_report_indexes";
import * as retentionKeepsReports from "./migrations/0023_retention_keeps_reports";
import * as busyTimesEnds from "./migrations/0024_busy_times_ends";
import type { Database } from "./schema";

/** One migration set for SQLite and PostgreSQL, listed here in order. */
export const MIGRATIONS: Record<string, Migration> = {
  "0001_foundation": foundation,
  "0002_dialogues": dialogues,
  "0003_conversations": conversations,
  "0004_conversation_language": conversationLanguage,
  "0005_site_restart_after": siteRestartAfter,
  "0006_api_key_sites": apiKeySites,
  "0007_jobs": jobs,
  "0008_mail": mail,
  "0009_rate_limit_counters": rateLimitCounters,
  "0010_verified_identity": verifiedIdentity,
  "0011_page_view_rollups": pageViewRollups,
  "0012_directory_indexes": directoryIndexes,
  "0013_live_chat": liveChat,
  "0014_meetings": meetings,
  "0015_dialogue_revisions": dialogueRevisions,
  "0016_site_time_zone": siteTimeZone,
  "0017_report_events": reportEvents,
  "0018_retention": retention,
  "0019_webhooks": webhooks,
  "0020_imports": imports,
  "0021_api_list_indexes": apiListIndexes,
  "0022_report_indexes": reportIndexes,
  "0023_retention_keeps_reports": retentionKeepsReports,
  "0024_busy_times_ends": busyTimesEnds,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** Applies every pending migration; throws with the failing migration's name on error. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider, migrationTableName: "parley_migrations" });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${failed?.migrationName ?? "(unknown)"} failed: ${reason}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
