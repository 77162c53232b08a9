import { ROUTING_STRATEGIES, type Routing } from "@parley/flow/cards/routing";
import { Checkbox } from "../../ui/Checkbox";
import { SelectField } from "../../ui/SelectField";
import { Switch } from "../../ui/Switch";
import { listStatus } from "./listStatus";
import { withCurrent } from "./pickerOptions";
import { routingProblem, setStrategy, STRATEGY_LABELS, toggleRule } from "./routingEdit";
import type { PanelLists } from "./usePanelLists";

interface RoutingEditorProps {
  routing: Routing;
  onChange(routing: Routing): void;
  lists: PanelLists;
  /** "chat" or "meeting": whose routing this is, in the words shown. */
  what: string;
  error?: string | undefined;
}

/** Who gets the chat or meeting (flow cards/routing): strategy, its agent, team or rules, and fallback. */
export function RoutingEditor({ routing, onChange, lists, what, error }: RoutingEditorProps) {
  const { agents, teams, rules } = lists;
  const known =
    agents.data && teams.data && rules.data
      ? {
          agentIds: agents.data.map((a) => a.id),
          teamIds: teams.data.map((t) => t.id),
          ruleIds: rules.data.map((r) => r.id),
        }
      : null;
  const problem = error ?? routingProblem(routing, known);
  const loading = (q: Parameters<typeof listStatus>[0], what: string) => listStatus(q, what) ?? undefined;
  // Without the list (not allowed, failed) an id the card holds is shown as chosen earlier.
  const gone = (loaded: unknown, why: string) => (loaded ? why : "chosen earlier");

  return (
    <fieldset className="panel-group">
      <legend>Routing</legend>
      <SelectField
        label={`Who gets the ${what}`}
        value={routing.strategy}
        options={ROUTING_STRATEGIES.map((s) => ({ value: s, label: STRATEGY_LABELS[s] }))}
        onChange={(s) => onChange(setStrategy(routing, s as Routing["strategy"]))}
      />
      {routing.strategy === "specific_agent" && (
        <SelectField
          label="Agent"
          value={routing.agentId ?? ""}
          placeholder="Choose an agent"
          options={withCurrent(
            (agents.data ?? []).map((a) => ({ value: a.id, label: a.name })),
            routing.agentId,
            gone(agents.data, "no longer here"),
          )}
          onChange={(agentId) => onChange({ ...routing, agentId })}
          hint={loading(agents, "agents")}
        />
      )}
      {routing.strategy === "team" && (
        <SelectField
          label="Team"
          value={routing.teamId ?? ""}
          placeholder="Choose a team"
          options={withCurrent(
            (teams.data ?? []).map((t) => ({ value: t.id, label: t.name })),
            routing.teamId,
            gone(teams.data, "no longer exists"),
          )}
          onChange={(teamId) => onChange({ ...routing, teamId })}
          hint={loading(teams, "teams")}
        />
      )}
      {routing.strategy === "custom_rules" && (
        <fieldset className="panel-checklist">
          <legend>Routing rules, tried in their order</legend>
          {loading(rules, "routing rules") && <p className="field-hint">{loading(rules, "routing rules")}</p>}
          {!rules.data && (routing.ruleIds ?? []).length > 0 && (
            <p className="field-hint">{(routing.ruleIds ?? []).length} rule(s) chosen.</p>
          )}
          {rules.data?.length === 0 && (
            <p className="field-hint">No routing rules yet (Settings › Live chat).</p>
          )}
          {rules.data?.map((rule) => (
            <Checkbox
              key={rule.id}
              checked={(routing.ruleIds ?? []).includes(rule.id)}
              onChange={(on) => onChange(toggleRule(routing, rule.id, on))}
            >
              {rule.name}
            </Checkbox>
          ))}
        </fieldset>
      )}
      {routing.strategy === "account_owner" && (
        <p className="field-hint">
          The owner of the visitor's company account (Settings › Live chat › Account routes).
        </p>
      )}
      {routing.strategy !== "round_robin" && (
        <Switch
          label="If nobody is found, try any available agent"
          checked={routing.fallbackToRoundRobin !== false}
          onChange={(on) => onChange({ ...routing, fallbackToRoundRobin: on })}
        />
      )}
      {problem && (
        <p className="field-error" role="status">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
