import type { FieldDefinition } from "@parley/protocol/fields";
import type { AgentSummary, RoutingRule } from "@parley/protocol/liveChat";
import type { Team } from "@parley/protocol/teams";
import { type FormEvent, useRef, useState } from "react";
import { Label, RadioGroup } from "react-aria-components";
import { useRoutingRuleMutations } from "../../data/useRoutingRules";
import { errorFor, fieldErrorsOf } from "../../forms/fieldErrorsOf";
import { useUnsavedChangesGuard } from "../../forms/useUnsavedChangesGuard";
import { Button } from "../../ui/Button";
import { FormMessage } from "../../ui/FormMessage";
import { Radio } from "../../ui/Radio";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import { MembersPicker } from "../teams/MembersPicker";
import { ConditionsEditor } from "./ConditionsEditor";
import { conditionsOf, draftsOf } from "./ruleConditions";

interface RoutingRuleFormProps {
  siteId: string;
  /** The rule to edit; absent when creating one. */
  rule?: RoutingRule;
  defaultPriority: number;
  agents: readonly AgentSummary[];
  teams: readonly Team[];
  fields: readonly FieldDefinition[];
  onDone(rule: RoutingRule): void;
  onCancel(): void;
}

/** A custom routing rule: its name, priority, who gets the chats (agents or a team) and its conditions. */
export function RoutingRuleForm(props: RoutingRuleFormProps) {
  const { siteId, rule, agents, teams, fields, onDone, onCancel } = props;
  const { create, update } = useRoutingRuleMutations(siteId);
  const save = rule ? update : create;
  const counter = useRef(0);
  const newKey = () => `c${++counter.current}`;
  // Conditions of other kinds (segments …) are not edited here but kept as they are.
  const [kept] = useState(() =>
    (rule?.conditions ?? []).filter((c) => (c as { type?: string }).type !== "attribute"),
  );
  const [name, setName] = useState(rule?.name ?? "");
  const [priority, setPriority] = useState(String(rule?.priority ?? props.defaultPriority));
  const [target, setTarget] = useState<"agents" | "team">(rule?.teamId ? "team" : "agents");
  const [agentIds, setAgentIds] = useState(() => new Set(rule?.agentIds ?? []));
  const [teamId, setTeamId] = useState(rule?.teamId ?? "");
  const [rows, setRows] = useState(() => draftsOf(rule?.conditions ?? [], newKey));
  const [problems, setProblems] = useState<Record<string, string>>({});

  const body = () => ({
    name,
    priority: Number(priority.trim()),
    agentIds: target === "agents" ? [...agentIds] : [],
    teamId: target === "team" ? teamId : null,
    conditions: [...kept, ...conditionsOf(rows, fields)],
  });
  const [initial] = useState(() => JSON.stringify(body()));
  useUnsavedChangesGuard(!save.isPending && !save.isSuccess && JSON.stringify(body()) !== initial);
  const errors = { ...fieldErrorsOf(save.error), ...problems };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!/^\d+$/.test(priority.trim())) found.priority = "Must be a whole number";
    if (target === "team" && teamId === "") found.teamId = "Choose a team";
    if (target === "agents" && agentIds.size === 0) found.agentIds = "Choose at least one agent";
    setProblems(found);
    if (Object.keys(found).length > 0) return save.reset();
    const options = { onSuccess: onDone };
    if (rule) update.mutate({ id: rule.id, ...body() }, options);
    else create.mutate(body(), options);
  };

  const headingId = `rule-form-${rule?.id ?? "new"}`;
  return (
    <form noValidate className="card form" onSubmit={submit} aria-labelledby={headingId}>
      <h3 id={headingId}>{rule ? `Edit ${rule.name}` : "New routing rule"}</h3>
      <div className="field-row">
        <TextField label="Rule name" required autoFocus value={name} onChange={setName} error={errors.name} />
        <TextField
          label="Priority"
          inputMode="numeric"
          hint="Lower numbers are tried first."
          value={priority}
          onChange={setPriority}
          error={errors.priority}
        />
      </div>
      <RadioGroup className="stack" value={target} onChange={(v) => setTarget(v as "agents" | "team")}>
        <Label className="field-label">Offer matching chats to</Label>
        <Radio value="agents">Chosen agents</Radio>
        <Radio value="team">A team</Radio>
      </RadioGroup>
      {target === "agents" ? (
        <MembersPicker
          legend="Agents"
          users={agents}
          selected={agentIds}
          onChange={setAgentIds}
          error={errorFor(errors, "agentIds")}
        />
      ) : (
        <SelectField
          label="Team"
          placeholder="Choose a team"
          value={teamId}
          onChange={setTeamId}
          options={teams.map((t) => ({ value: t.id, label: t.name }))}
          error={errors.teamId}
          hint={teams.length === 0 ? "There are no teams yet (Settings › Teams)." : undefined}
        />
      )}
      <ConditionsEditor
        fields={fields}
        rows={rows}
        onChange={setRows}
        errors={errors}
        offset={kept.length}
        newKey={newKey}
      />
      <FormMessage
        error={
          Object.keys(problems).length > 0 ? new Error("Please correct the fields marked above.") : save.error
        }
        fields={["name", "priority", "agentIds", "teamId", "conditions"]}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={save.isPending}>
          {save.isPending ? "Saving…" : rule ? "Save rule" : "Create rule"}
        </Button>
        <Button onPress={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
