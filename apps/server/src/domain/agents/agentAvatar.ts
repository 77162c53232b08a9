import type { AgentProfile } from "@parley/protocol/liveChat";
import type { AppContext } from "../../api/context";
import { invalidField } from "../../errors";
import type { Actor } from "../auth/actor";
import { announceAgentPresence } from "./announceAgentPresence";
import { assertEditableAgent } from "./editableAgent";
import { readAgentProfile } from "./readAgentProfile";
import { readImageSize } from "./readImageSize";
import { upsertAgentProfile } from "./upsertAgentProfile";

export const AVATAR_MAX_BYTES = 256 * 1024;
const DATA_URL = /^data:(image\/(?:png|jpeg|webp));base64,([A-Za-z0-9+/]+={0,2})$/;

/** Decodes and checks an avatar data URL: PNG, JPEG or WebP, ≤ 256 KB, square; else a 400 naming why. */
export function decodeAvatar(dataUrl: string): { type: string; base64: string } {
  const match = DATA_URL.exec(dataUrl);
  if (!match)
    throw invalidField("image", "must be a data URL of a PNG, JPEG or WebP image (data:image/png;base64,…)");
  const [, declared, base64] = match as unknown as [string, string, string];
  const bytes = Buffer.from(base64, "base64");
  if (bytes.length > AVATAR_MAX_BYTES) throw invalidField("image", "must be at most 256 KB");
  const size = readImageSize(bytes);
  if (!size) throw invalidField("image", "is not a PNG, JPEG or WebP image");
  if (size.type !== declared) throw invalidField("image", `is a ${size.type} image, not ${declared}`);
  if (size.width !== size.height || size.width === 0)
    throw invalidField("image", `must be square (this one is ${size.width}×${size.height} pixels)`);
  return { type: size.type, base64: bytes.toString("base64") };
}

/** Sets (a data URL) or removes (null) an agent's avatar: themself, or agents.manage. */
export async function setAgentAvatar(
  ctx: AppContext,
  actor: Actor,
  userId: string,
  dataUrl: string | null,
): Promise<AgentProfile> {
  const image = dataUrl === null ? null : decodeAvatar(dataUrl);
  await ctx.store.db.transaction().execute(async (trx) => {
    await assertEditableAgent(trx, actor, userId);
    await upsertAgentProfile(trx, userId, {
      avatar: image?.base64 ?? null,
      avatar_type: image?.type ?? null,
    });
  });
  await announceAgentPresence(ctx, userId);
  return readAgentProfile(ctx.store.db, ctx.presence, userId);
}

/** An avatar's bytes and type, or null when the user has none. */
export async function readAvatar(
  ctx: AppContext,
  userId: string,
): Promise<{ type: string; bytes: Buffer; version: string } | null> {
  const row = await ctx.store.db
    .selectFrom("agent_profiles")
    .select(["avatar", "avatar_type", "updated_at"])
    .where("user_id", "=", userId)
    .executeTakeFirst();
  if (!row?.avatar || !row.avatar_type) return null;
  return { type: row.avatar_type, bytes: Buffer.from(row.avatar, "base64"), version: row.updated_at };
}
