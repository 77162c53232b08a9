import type { AgentProfile, AgentState } from "@parley/protocol/liveChat";
import { useSetAvailability } from "../data/useAgentProfile";
import { FormMessage } from "../ui/FormMessage";
import { Switch } from "../ui/Switch";
import { formatInZone } from "./timeZones";

export const STATE_LABELS: Record<AgentState, string> = {
  available: "Available",
  away: "Away",
  outside_schedule: "Outside schedule",
  inbox_closed: "Inbox not open",
  offline: "Offline",
};

/**
 * The manual availability toggle. It overrides the schedule until the next schedule block or local
 * midnight; the "until" is shown in the agent's own time zone.
 */
export function AvailabilityToggle({ profile }: { profile: AgentProfile }) {
  const setAvailability = useSetAvailability();
  const on = profile.availability ? profile.availability === "available" : profile.state === "available";
  const until =
    profile.availability && profile.availabilityUntil
      ? ` until ${formatInZone(profile.availabilityUntil, profile.timeZone)} (${profile.timeZone.replaceAll("_", " ")})`
      : "";
  const hint = profile.availability
    ? `Set by you: ${profile.availability === "available" ? "available" : "away"}${until}, then your schedule applies again.`
    : "Follows your schedule. Switch it to override the schedule until its next block or midnight.";

  return (
    <div className="stack">
      <p>
        Now: <strong>{STATE_LABELS[profile.state]}</strong> · {profile.activeChats} of {profile.limit} chats
      </p>
      <Switch
        label="Available for live chats"
        checked={on}
        disabled={setAvailability.isPending}
        onChange={(checked) => setAvailability.mutate(checked ? "available" : "away")}
        hint={hint}
      />
      <FormMessage error={setAvailability.error} />
    </div>
  );
}
