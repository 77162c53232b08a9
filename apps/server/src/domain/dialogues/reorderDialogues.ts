import type { Dialogue } from "@parley/protocol/dialogues";
import { MAX_ORDERED_DIALOGUES } from "@parley/protocol/dialogues";
import { badRequest } from "../../errors";
import { lockInTransaction } from "../../store/lockInTransaction";
import type { Store } from "../../store/db";
import type { Actor } from "../auth/actor";
import { assertActorStillMay } from "./assertActorStillMay";
import { listDialogues } from "./dialogueStore";

/** The priority the dialogue at `index` of the order gets: 1000, 999, … (the protocol's 0..1000). */
export const priorityAt = (index: number): number => MAX_ORDERED_DIALOGUES - 1 - index;

/**
 * Sets the priority order of all the site's dialogues (not archived, not flows) in one transaction,
 * highest first. The list must name each of them exactly once: a partial list, an unknown id, a flow
 * or an archived dialogue is refused and nothing changes. Parallel reorders of one site run one after
 * the other (a per-site lock), so the result is always exactly one of the orders sent.
 */
export async function reorderDialogues(
  store: Store,
  actor: Actor,
  siteId: string,
  ids: readonly string[],
): Promise<Dialogue[]> {
  await store.db.transaction().execute(async (trx) => {
    await lockInTransaction(trx, store.kind, [`dialogue-order:${siteId}`]);
    await assertActorStillMay(trx, actor, "dialogues.manage", siteId);
    const rows = await trx
      .selectFrom("dialogues")
      .select(["id", "kind", "status", "priority"])
      .where("site_id", "=", siteId)
      .execute();
    assertCompleteOrder(rows, ids);
    for (const [index, id] of ids.entries()) {
      const priority = priorityAt(index);
      if (rows.find((r) => r.id === id)?.priority === priority) continue;
      // The priority is a setting, not an edit of the stream: "last edited" stays as it was.
      await trx.updateTable("dialogues").set({ priority }).where("id", "=", id).execute();
    }
  });
  return listDialogues(store.db, siteId, { kind: "dialogue" });
}

function assertCompleteOrder(
  rows: readonly { id: string; kind: string; status: string }[],
  ids: readonly string[],
): void {
  const byId = new Map(rows.map((r) => [r.id, r]));
  if (new Set(ids).size !== ids.length)
    throw badRequest("The order names a dialogue twice", [
      { path: "/ids", message: "ids repeat a dialogue" },
    ]);
  for (const id of ids) {
    const row = byId.get(id);
    const problem = !row
      ? "is not a dialogue of this site"
      : row.kind !== "dialogue"
        ? "is a conversational flow; flows have no priority"
        : row.status === "archived"
          ? "is archived; archived dialogues have no priority"
          : null;
    if (problem)
      throw badRequest(`The order cannot be saved: ${id} ${problem}`, [
        { path: "/ids", message: `${id} ${problem}` },
      ]);
  }
  const missing = rows.filter((r) => r.kind === "dialogue" && r.status !== "archived" && !ids.includes(r.id));
  if (missing.length > 0)
    throw badRequest(
      `The order must list every dialogue of the site; it leaves out ${missing.length} (reload the list and try again)`,
      [{ path: "/ids", message: `ids leave out ${missing.map((r) => r.id).join(", ")}` }],
    );
}
