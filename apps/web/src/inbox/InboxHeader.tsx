import { useAgentProfile, useSetAvailability } from "../data/useAgentProfile";
import { FormMessage } from "../ui/FormMessage";
import { formatDate } from "../ui/formatDate";
import { Switch } from "../ui/Switch";
import { agentStateText } from "./agentStateWords";
import { NotificationsButton } from "./offers/NotificationsButton";

/**
 * The agent's own bar: the Available / Away toggle with the state that actually applies and why (a
 * toggle says available, but the schedule or a closed inbox may say otherwise), and the load.
 */
export function InboxHeader() {
  const profile = useAgentProfile();
  const setAvailability = useSetAvailability();
  const me = profile.data;
  if (!me) return null;
  const toggledOn = me.availability ? me.availability === "available" : me.state === "available";
  return (
    <div className="inbox-header" role="region" aria-label="Your availability">
      <Switch
        label="Available for chats"
        checked={setAvailability.isPending ? setAvailability.variables === "available" : toggledOn}
        disabled={setAvailability.isPending}
        onChange={(on) => setAvailability.mutate(on ? "available" : "away")}
        hint={
          me.availability && me.availabilityUntil
            ? `Until ${formatDate(me.availabilityUntil)}, then your schedule decides`
            : undefined
        }
      />
      <p className={`badge ${me.state === "available" ? "badge-success" : "badge-quiet"}`} role="status">
        {agentStateText(me.state)}
      </p>
      <p className="inbox-load">
        {me.activeChats} of {me.limit} chats
      </p>
      <NotificationsButton />
      <FormMessage error={setAvailability.error} />
    </div>
  );
}
