import type { VisitorAttributes } from "@parley/flow/conditions/conditionContext";

export interface VisitInput {
  url: string;
  referrer?: string;
  /** From the browser (Intl); trusted only as a hint. */
  timezone?: string;
  language?: string;
  userAgent?: string;
  acceptLanguage?: string;
}

/** Derives a visit's inferred attributes without external services (product.md §2). */
export function inferAttributes(input: VisitInput): VisitorAttributes {
  const utm: Record<string, string> = {};
  try {
    for (const [key, value] of new URL(input.url).searchParams) {
      if (key.startsWith("utm_") && value) utm[key.slice(4)] = value.slice(0, 200);
    }
  } catch {
    // An unparsable URL carries no UTM parameters; the URL itself was validated by the caller.
  }
  const language = (input.language ?? input.acceptLanguage?.split(",")[0]?.split(";")[0] ?? "").trim();
  const attributes: VisitorAttributes = {
    page: { url: input.url },
    utm,
    device: deviceType(input.userAgent ?? ""),
  };
  if (input.referrer) attributes.referrer = input.referrer;
  if (language) attributes.language = language;
  if (input.timezone) attributes.timezone = input.timezone;
  return attributes;
}

function deviceType(userAgent: string): "mobile" | "tablet" | "desktop" {
  if (/iPad|Tablet|PlayBook|Silk|(Android(?!.*Mobile))/i.test(userAgent)) return "tablet";
  if (/Mobi|iPhone|iPod|Android|Windows Phone/i.test(userAgent)) return "mobile";
  return "desktop";
}
