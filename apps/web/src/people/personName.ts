import type { Person } from "@parley/protocol/people";

type Named = Pick<Person, "firstName" | "lastName" | "email">;

/** The name to show for a person: "First Last", else the email, else "Anonymous visitor". */
export function personName(person: Named): string {
  const name = [person.firstName, person.lastName].filter(Boolean).join(" ").trim();
  return name || person.email || "Anonymous visitor";
}
