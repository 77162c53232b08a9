import { Health } from "@parley/protocol/health";
import { sql } from "kysely";
import type { App, AppContext } from "../context";

export function healthRoutes(app: App, ctx: AppContext): void {
  app.get(
    "/healthz",
    { schema: { hide: true, response: { 200: Health } }, config: { policy: "public" } },
    async () => {
      await sql`select 1`.execute(ctx.store.db);
      return {
        status: "ok" as const,
        database: ctx.store.kind,
        redis: ctx.bus.kind === "redis",
        version: ctx.config.version,
      };
    },
  );
}
