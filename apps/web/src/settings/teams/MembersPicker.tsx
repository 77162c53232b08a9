import type { User } from "@parley/protocol/users";
import { useId, useState } from "react";
import { Checkbox } from "../../ui/Checkbox";

/** Users, or a site's agents (always active). */
type Pickable = Pick<User, "id" | "name" | "email"> & { active?: boolean };

interface MembersPickerProps {
  users: readonly Pickable[];
  /** The group's name: "Members" (a team), "Agents" (a routing rule). */
  legend?: string;
  selected: ReadonlySet<string>;
  onChange(next: Set<string>): void;
  error?: string;
}

/** Ticks team members among active users (deactivated ones stay listed while they are members). */
export function MembersPicker({ users, selected, onChange, error, legend = "Members" }: MembersPickerProps) {
  const [filter, setFilter] = useState("");
  const filterId = useId();
  const candidates = users.filter((u) => u.active !== false || selected.has(u.id));
  const needle = filter.trim().toLowerCase();
  const shown = needle
    ? candidates.filter(
        (u) => u.name.toLowerCase().includes(needle) || u.email.toLowerCase().includes(needle),
      )
    : candidates;

  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };

  return (
    <fieldset className="members-picker">
      <legend>
        {legend} <span className="legend-count">({selected.size} selected)</span>
      </legend>
      {candidates.length > 8 && (
        <div className="field">
          <label htmlFor={filterId} className="visually-hidden">
            Filter users
          </label>
          <input
            id={filterId}
            type="search"
            placeholder="Filter by name or email"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
          />
        </div>
      )}
      {candidates.length === 0 ? (
        <p className="field-hint">There are no active users yet.</p>
      ) : (
        <ul className="members-list">
          {shown.map((user) => (
            <li key={user.id}>
              <Checkbox
                className="check"
                checked={selected.has(user.id)}
                onChange={(on) => toggle(user.id, on)}
              >
                {user.name}
                <span className="check-code">
                  {user.email}
                  {user.active === false && " · deactivated"}
                </span>
              </Checkbox>
            </li>
          ))}
          {shown.length === 0 && <li className="field-hint">Nobody matches “{filter}”.</li>}
        </ul>
      )}
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
