import { afterAll, beforeAll } from "vitest";
import { frozenClock, setClock } from "../lib/clock";
import { type SmtpSink, startSmtpSink } from "./smtpSink";

/**
 * For a mail test file: a loopback SMTP server (give `sink.url` to the servers as SMTP_URL) and the
 * server clock frozen at `startIso` for the file's tests; both undone after them.
 */
export async function mailTestRig(
  startIso: string,
): Promise<{ sink: SmtpSink; clock: ReturnType<typeof frozenClock> }> {
  const sink = await startSmtpSink();
  const clock = frozenClock(startIso);
  let restoreClock: () => void = () => undefined;
  beforeAll(() => {
    restoreClock = setClock(clock);
  });
  afterAll(async () => {
    restoreClock();
    await sink.close();
  });
  return { sink, clock };
}
