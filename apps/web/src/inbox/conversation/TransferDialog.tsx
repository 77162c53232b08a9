import type { AgentSummary } from "@parley/protocol/liveChat";
import { useState } from "react";
import {
  Dialog,
  DialogTrigger,
  Heading,
  Label,
  Modal,
  ModalOverlay,
  Radio,
  RadioGroup,
  TextArea,
  TextField,
} from "react-aria-components";
import { useSiteAgents } from "../../data/useSiteAgents";
import { useTeams } from "../../data/useTeams";
import { useSession } from "../../session/SessionContext";
import { Button } from "../../ui/Button";
import { FormMessage } from "../../ui/FormMessage";
import { agentStateText } from "../agentStateWords";
import type { TransferTarget } from "../../data/useInboxActions";

interface TransferDialogProps {
  siteId: string;
  pending: boolean;
  error: unknown;
  onTransfer(target: TransferTarget, done: () => void): void;
}

/**
 * Transfer the chat to another agent (each shown with their state and load; only those who can take
 * it now are selectable) or to a team (whoever of it routing picks), with a note for the next agent.
 */
export function TransferDialog({ siteId, pending, error, onTransfer }: TransferDialogProps) {
  const { me, can } = useSession();
  const agents = useSiteAgents(siteId);
  const teams = useTeams(can("agents.manage", "routing.manage"));
  const [target, setTarget] = useState("");
  const [note, setNote] = useState("");
  const others = (agents.data ?? []).filter((a) => a.id !== me.user.id);
  const submit = (close: () => void) => {
    const [kind, id] = target.split(":") as ["agent" | "team", string];
    onTransfer(kind === "agent" ? { agentId: id, note } : { teamId: id, note }, close);
  };
  return (
    <DialogTrigger>
      <Button>Transfer</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog>
            {({ close }) => (
              <>
                <Heading slot="title">Transfer this chat</Heading>
                <RadioGroup
                  className="transfer-targets"
                  value={target}
                  onChange={setTarget}
                  aria-label="Transfer to"
                >
                  <Label className="field-label">To an agent</Label>
                  {agents.isPending && <p className="loading">Loading agents…</p>}
                  {others.length === 0 && !agents.isPending && (
                    <p className="section-empty">No other agents on this site.</p>
                  )}
                  {others.map((agent) => (
                    <AgentChoice key={agent.id} agent={agent} />
                  ))}
                  {(teams.data ?? []).length > 0 && <Label className="field-label">Or to a team</Label>}
                  {(teams.data ?? []).map((team) => (
                    <Radio key={team.id} value={`team:${team.id}`} className="radio">
                      <span className="radio-dot" aria-hidden="true" />
                      <span className="checkbox-label">{team.name}</span>
                    </Radio>
                  ))}
                </RadioGroup>
                <TextField className="field" value={note} onChange={setNote} maxLength={2000}>
                  <Label className="field-label">Note for the next agent</Label>
                  <TextArea rows={3} />
                </TextField>
                <FormMessage error={error} />
                <div className="modal-actions">
                  <Button onPress={close}>Cancel</Button>
                  <Button variant="primary" disabled={!target || pending} onPress={() => submit(close)}>
                    {pending ? "Transferring…" : "Transfer"}
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

function AgentChoice({ agent }: { agent: AgentSummary }) {
  const full = agent.activeChats >= agent.limit;
  const eligible = agent.state === "available" && !full;
  return (
    <Radio value={`agent:${agent.id}`} className="radio" isDisabled={!eligible}>
      <span className="radio-dot" aria-hidden="true" />
      <span className="checkbox-label">
        {agent.name}{" "}
        <span className="cell-sub">
          {agentStateText(agent.state)} · {agent.activeChats} of {agent.limit} chats{full ? " (full)" : ""}
        </span>
      </span>
    </Radio>
  );
}
