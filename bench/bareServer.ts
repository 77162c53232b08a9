/**
 * A bare Fastify route, the yardstick of bench/bootstrap.ts: the same framework and a JSON answer of
 * about the bootstrap's size, but no validation, no database and no logic.
 */
import Fastify from "fastify";

const app = Fastify({ logger: false });
const answer = {
  enabled: true,
  visitor: { id: "00000000-0000-0000-0000-000000000000", token: "x".repeat(120), blocked: false },
  site: { name: "Bench", branding: { botName: "Parley" }, language: "auto", privacyUrl: null },
  dialogue: { id: "d", name: "Pricing", version: 1, trigger: { kind: "immediately" }, engaged: false },
  flows: [],
};
app.get("/bare", async () => answer);
await app.listen({ port: Number(process.env.PORT), host: "127.0.0.1" });
