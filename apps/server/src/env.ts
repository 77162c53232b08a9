import path from "node:path";
import { z } from "zod";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000 } as const;

/** A limit written `<count>/<window>`, the window a number of seconds, minutes or hours: `60/10m`. */
const RateLimitText = z
  .string()
  .regex(/^\d{1,7}\/\d{1,4}[smh]$/, "must look like 60/10m (a count, a slash, a window in s, m or h)")
  .transform((text): RateLimit => {
    const [max = "", window = ""] = text.split("/");
    const unit = window.slice(-1) as keyof typeof UNIT_MS;
    return { max: Number(max), windowMs: Number(window.slice(0, -1)) * UNIT_MS[unit] };
  })
  .refine((l) => l.max > 0 && l.windowMs > 0, "needs a count and a window above zero");

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^(postgres(ql)?:\/\/|sqlite:)/, "must start with postgres://, postgresql:// or sqlite:")
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "must start with redis:// or rediss://")
    .optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
    .optional(),
  MAIL_FROM: z
    .string()
    .regex(
      /^(?:[^<>]*<[^<>\s@]+@[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+)$/,
      'must be an address such as "Parley <parley@example.com>" or parley@example.com',
    )
    .default("Parley <parley@localhost>"),
  SECRET_KEY: z.string().min(32, "must be at least 32 characters").optional(),
  DATA_DIR: z.string().min(1).default("./data"),
  LOG_LEVEL: z.enum(LOG_LEVELS).default("info"),
  PARLEY_ADMIN_EMAIL: z.email().optional(),
  PARLEY_ADMIN_PASSWORD: z.string().min(10, "must be at least 10 characters").optional(),
  TRUST_PROXY: z.enum(["true", "false"]).default("false"),
  JOB_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  PARLEY_OUTBOUND_ALLOW: z
    .string()
    .transform((list) => list.split(",").map((host) => host.trim().toLowerCase()))
    .pipe(
      z.array(
        z
          .string()
          .regex(
            /^(\[[0-9a-f:.]+\]|[0-9a-f:.]*:[0-9a-f:.]*|[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*)$/,
            "must be a comma-separated list of host names or IP addresses",
          ),
      ),
    )
    .default([]),
  RATE_LIMIT_NEW_VISITORS: RateLimitText.prefault("60/10m"),
  RATE_LIMIT_CONVERSATION_STARTS: RateLimitText.prefault("30/10m"),
  RATE_LIMIT_SOCKET_FRAMES: RateLimitText.prefault("120/1m"),
  RATE_LIMIT_MEETING_LINKS: RateLimitText.prefault("60/10m"),
});

/** At most `max` hits in each window of `windowMs`. */
export interface RateLimit {
  max: number;
  windowMs: number;
}

export interface Config {
  port: number;
  host: string;
  publicUrl: string;
  database: { kind: "sqlite"; file: string } | { kind: "postgres"; url: string };
  redisUrl: string | null;
  /** Where outgoing mail goes; null keeps it in the outbox, readable in Settings → Outbox. */
  smtpUrl: string | null;
  /** The From of outgoing mail. */
  mailFrom: string;
  /** Null means: generate one and keep it in DATA_DIR (single-node default). */
  secretKey: string | null;
  dataDir: string;
  logLevel: (typeof LOG_LEVELS)[number];
  admin: { email: string; password: string } | null;
  trustProxy: boolean;
  /** How long a node's claim on a durable job holds without renewal before another node takes it over. */
  jobLeaseMs: number;
  /** Hosts outbound calls made for users may reach although they are private or loopback. */
  outboundAllow: string[];
  /** Limits on the public visitor endpoints. */
  limits: {
    /** New visitors per client address (POST /api/widget/visitors). */
    newVisitors: RateLimit;
    /** Conversation starts per visitor (WebSocket conversation.start). */
    conversationStarts: RateLimit;
    /** Frames per visitor WebSocket. */
    socketFrames: RateLimit;
    /** Requests per client address to a meeting's reschedule/cancel link (/api/meetings/manage…). */
    meetingLinks: RateLimit;
  };
  version: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

/** Reads and validates the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const blankless = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = EnvSchema.safeParse(blankless);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => {
        const name = String(i.path[0]);
        return `${name}=${JSON.stringify(blankless[name] ?? "")}: ${i.message}`;
      }),
    );
  }
  const e = parsed.data;
  if ((e.PARLEY_ADMIN_EMAIL === undefined) !== (e.PARLEY_ADMIN_PASSWORD === undefined)) {
    throw new ConfigError(["PARLEY_ADMIN_EMAIL and PARLEY_ADMIN_PASSWORD must be set together"]);
  }
  if (e.REDIS_URL && !e.DATABASE_URL?.startsWith("postgres")) {
    throw new ConfigError([
      "REDIS_URL: scale-out needs a shared database, set DATABASE_URL=postgres://… too",
    ]);
  }
  // Relative paths are relative to where the command was typed: `npm start` at the repository root
  // runs the server's script inside apps/server, and npm says where it was called from in INIT_CWD.
  const base = env.INIT_CWD ?? process.cwd();
  const dataDir = path.resolve(base, e.DATA_DIR);
  const dbUrl = e.DATABASE_URL;
  const database: Config["database"] =
    dbUrl?.startsWith("postgres") === true
      ? { kind: "postgres", url: dbUrl }
      : {
          kind: "sqlite",
          file: dbUrl ? sqliteFile(base, dbUrl.slice("sqlite:".length)) : path.join(dataDir, "parley.db"),
        };
  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ""),
    database,
    redisUrl: e.REDIS_URL ?? null,
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM,
    secretKey: e.SECRET_KEY ?? null,
    dataDir,
    logLevel: e.LOG_LEVEL,
    admin: e.PARLEY_ADMIN_EMAIL
      ? { email: e.PARLEY_ADMIN_EMAIL, password: e.PARLEY_ADMIN_PASSWORD ?? "" }
      : null,
    trustProxy: e.TRUST_PROXY === "true",
    jobLeaseMs: e.JOB_LEASE_SECONDS * 1000,
    outboundAllow: e.PARLEY_OUTBOUND_ALLOW,
    limits: {
      newVisitors: e.RATE_LIMIT_NEW_VISITORS,
      conversationStarts: e.RATE_LIMIT_CONVERSATION_STARTS,
      socketFrames: e.RATE_LIMIT_SOCKET_FRAMES,
      meetingLinks: e.RATE_LIMIT_MEETING_LINKS,
    },
    version: process.env.npm_package_version ?? "0.1.0",
  };
}

const sqliteFile = (base: string, file: string) => (file === ":memory:" ? file : path.resolve(base, file));
