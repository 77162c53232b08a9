const RULES: [RegExp, (match: RegExpMatchArray) => string][] = [
  // zod's own wording, when a schema gives none of its own.
  [/^Too small: expected string to have >=1 characters?/, () => "Required"],
  [/^Too small: expected string to have >=(\d+) characters?/, (m) => `At least ${m[1]} characters`],
  [/^Too big: expected string to have <=(\d+) characters?/, (m) => `At most ${m[1]} characters`],
  [/^Too small: expected array to have >=(\d+) items?/, (m) => `Choose at least ${m[1]}`],
  [/^Too big: expected array to have <=(\d+) items?/, (m) => `At most ${m[1]} entries`],
  [/^Too small: expected number to be >=?(\S+)/, (m) => `At least ${m[1]}`],
  [/^Too big: expected number to be <=?(\S+)/, (m) => `At most ${m[1]}`],
  [/^Invalid input: expected \w+, received (undefined|null)/, () => "Required"],
  [/^Invalid input: expected (int|number)/, () => "Must be a number"],
  [/^Invalid (email|email address)/i, () => "Must be a valid email address"],
  [/^Invalid (URL|url)/, () => "Must be a web address such as https://example.com"],
  [/^Invalid option: expected one of/, () => "Choose one of the options"],
  // Our schemas: "must be at least 10 characters" reads best as "At least 10 characters".
  [/^must be (at (least|most) .*)$/, (m) => m[1] ?? ""],
];

/**
 * One field's message as the app shows it: one plain sentence that starts with a capital and has no
 * trailing full stop ("At least 10 characters", "Must be a valid email address"), never a schema's
 * raw wording.
 */
export function plainFieldMessage(raw: string): string {
  const text = raw.trim().replace(/\.$/, "");
  let plain = text;
  for (const [pattern, word] of RULES) {
    const match = text.match(pattern);
    if (match) {
      plain = word(match);
      break;
    }
  }
  return plain.charAt(0).toUpperCase() + plain.slice(1);
}
