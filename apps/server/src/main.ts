import { buildParley } from "./app";
import { ConfigError, loadConfig } from "./env";

/** `npm start`: validate configuration, build the node, listen, and say where to go next. */
async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const parley = await buildParley(config);
  await parley.app.listen({ port: config.port, host: config.host });
  const { firstRun } = parley;
  const lines = [
    `Parley ${config.version} is running at ${config.publicUrl}`,
    `  app:   ${config.publicUrl}/app/`,
  ];
  lines.push(`  demo:  ${config.publicUrl}/demo`, `  API:   ${config.publicUrl}/api/docs`);
  if (firstRun.setupUrl)
    lines.push("", "First run: create the first admin here (one-time link):", `  ${firstRun.setupUrl}`);
  if (firstRun.createdAdmin) lines.push("", `First run: created the admin ${firstRun.createdAdmin}.`);
  console.log(lines.join("\n"));

  const stop = async (signal: string) => {
    parley.app.log.info({ signal }, "shutting down");
    await parley.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
