import { OutboundRefusedError } from "./guardedFetch";

export type CalendarSource = "caldav" | "ics";

/**
 * A calendar read or write that failed, with words the agent understands (shown as the connection's
 * last error, mailed, returned by the API). `permanent`: trying again without the agent's help cannot
 * work (wrong password, gone, refused address); otherwise the server may answer later.
 */
export class CalendarFailure extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly status: number | null = null,
  ) {
    super(message);
  }
}

const subject = (source: CalendarSource) =>
  source === "caldav" ? "The calendar server" : "The feed address";

/** What an HTTP status that is not a success means for the agent. */
export function failureFromStatus(source: CalendarSource, status: number): CalendarFailure {
  if (source === "caldav" && (status === 401 || status === 403))
    return new CalendarFailure("The calendar server refused the user name or password", true, status);
  if (source === "caldav" && (status === 404 || status === 410))
    return new CalendarFailure(
      `The calendar was not found on the server (it answered ${status}); it may have been deleted`,
      true,
      status,
    );
  if (source === "ics" && (status === 401 || status === 403))
    return new CalendarFailure(`The feed address refused access (it answered ${status})`, true, status);
  const permanent = status === 404 || status === 410 || (status >= 400 && status < 500 && status !== 429);
  return new CalendarFailure(`${subject(source)} answered ${status}`, permanent, status);
}

function errorCode(error: unknown): string | null {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

/** What a network error (or anything thrown while talking to the server) means for the agent. */
export function failureFromError(source: CalendarSource, error: unknown): CalendarFailure {
  if (error instanceof CalendarFailure) return error;
  if (error instanceof OutboundRefusedError || errorCode(error) === "EOUTBOUNDREFUSED")
    return new CalendarFailure(
      "The address points to a private or local network, which Parley does not call",
      true,
    );
  const code = errorCode(error);
  const who = subject(source);
  switch (code) {
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return new CalendarFailure(`${who} has a host name that was not found`, false);
    case "ECONNREFUSED":
      return new CalendarFailure(`${who} could not be reached (the connection was refused)`, false);
    case "ECONNRESET":
    case "EPIPE":
      return new CalendarFailure(`${who} closed the connection`, false);
    case "CERT_HAS_EXPIRED":
    case "DEPTH_ZERO_SELF_SIGNED_CERT":
    case "SELF_SIGNED_CERT_IN_CHAIN":
    case "UNABLE_TO_VERIFY_LEAF_SIGNATURE":
    case "ERR_TLS_CERT_ALTNAME_INVALID":
      return new CalendarFailure(`${who} has a certificate that cannot be trusted`, true);
  }
  const message = error instanceof Error ? error.message : String(error);
  if (/timed out/i.test(message)) return new CalendarFailure(`${who} did not answer in time`, false);
  if (/Invalid credentials|401/.test(message))
    return new CalendarFailure("The calendar server refused the user name or password", true, 401);
  return new CalendarFailure(`${who} could not be read (${message.slice(0, 200)})`, false);
}
