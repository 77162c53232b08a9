const LABELS: Record<string, string> = {
  device: "Device",
  deviceType: "Device",
  language: "Language",
  languages: "Languages",
  referrer: "Referrer",
  timeZone: "Time zone",
  timezone: "Time zone",
  country: "Country",
  url: "Page",
  utm_source: "UTM source",
  utm_medium: "UTM medium",
  utm_campaign: "UTM campaign",
  utm_term: "UTM term",
  utm_content: "UTM content",
};

/**
 * A visit's inferred attributes as label/value rows, known ones first and named in words; values are
 * shown as text (objects as their JSON), empty ones left out.
 */
export function attributeRows(attributes: Record<string, unknown>): [string, string][] {
  const rows: [string, string, number][] = [];
  const order = Object.keys(LABELS);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === "") continue;
    const text = typeof value === "object" ? JSON.stringify(value) : String(value);
    const known = order.indexOf(key);
    rows.push([LABELS[key] ?? key, text, known === -1 ? order.length : known]);
  }
  return rows.sort((a, b) => a[2] - b[2]).map(([label, text]) => [label, text]);
}
