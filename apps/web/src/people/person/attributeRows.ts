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
 * A visit's inferred attributes as label/value rows, known ones first and named in words. Nested
 * groups are flattened ({ utm: { source } } → "UTM source"), empty values left out, everything shown
 * as text.
 */
export function attributeRows(attributes: Record<string, unknown>): [string, string][] {
  const order = Object.keys(LABELS);
  const rows: [string, string, number][] = [];
  const visit = (key: string, value: unknown, label: string) => {
    if (value === null || value === undefined || value === "") return;
    if (typeof value === "object" && !Array.isArray(value)) {
      for (const [sub, inner] of Object.entries(value)) {
        const path = `${key}_${sub}`;
        visit(path, inner, LABELS[path] ?? LABELS[sub] ?? `${label} ${sub}`);
      }
      return;
    }
    const text = Array.isArray(value) ? value.join(", ") : String(value);
    if (!text) return;
    const known = order.indexOf(key);
    rows.push([label, text, known === -1 ? order.length : known]);
  };
  for (const [key, value] of Object.entries(attributes)) visit(key, value, LABELS[key] ?? key);
  return rows.sort((a, b) => a[2] - b[2]).map(([label, text]) => [label, text]);
}
