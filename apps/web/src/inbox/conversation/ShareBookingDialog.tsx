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
} from "react-aria-components";
import { useMeetingHosts } from "../../data/useMeetingHosts";
import { useMeetingShare } from "../../data/useMeetingShare";
import { useSession } from "../../session/SessionContext";
import { Button } from "../../ui/Button";
import { FormMessage } from "../../ui/FormMessage";

interface ShareBookingDialogProps {
  siteId: string;
  chatId: string;
}

/**
 * Puts a booking card into the live chat: the visitor picks a time of the chosen host (the agent
 * themselves by default, or another host of the site). Hosts not set up have no times and are shown
 * but cannot be chosen.
 */
export function ShareBookingDialog({ siteId, chatId }: ShareBookingDialogProps) {
  const { me } = useSession();
  const [open, setOpen] = useState(false);
  const hosts = useMeetingHosts(siteId, open);
  const share = useMeetingShare(siteId);
  const [chosen, setChosen] = useState("");
  const list = [...(hosts.data ?? [])].sort((a, b) =>
    a.id === me.user.id ? -1 : b.id === me.user.id ? 1 : a.name.localeCompare(b.name),
  );
  const selected = chosen || (list.find((h) => h.id === me.user.id && h.configured)?.id ?? "");
  return (
    <DialogTrigger
      isOpen={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) share.reset();
      }}
    >
      <Button>Share booking link</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog>
            {({ close }) => (
              <>
                <Heading slot="title">Share a booking link</Heading>
                <p>The visitor gets a card in the chat with the host's free times and books one there.</p>
                <RadioGroup
                  className="transfer-targets"
                  value={selected}
                  onChange={setChosen}
                  aria-label="Host"
                >
                  <Label className="field-label">Host</Label>
                  {hosts.isPending && <p className="loading">Loading hosts…</p>}
                  {hosts.isError && <FormMessage error={hosts.error} />}
                  {hosts.isSuccess && list.length === 0 && (
                    <p className="section-empty">Nobody on this site can be booked yet.</p>
                  )}
                  {list.map((host) => (
                    <Radio key={host.id} value={host.id} className="radio" isDisabled={!host.configured}>
                      <span className="radio-dot" aria-hidden="true" />
                      <span className="checkbox-label">
                        {host.id === me.user.id ? `${host.name} (you)` : host.name}
                        {!host.configured && <span className="cell-sub"> No availability set up</span>}
                      </span>
                    </Radio>
                  ))}
                </RadioGroup>
                <FormMessage error={share.error} />
                <div className="modal-actions">
                  <Button onPress={close}>Cancel</Button>
                  <Button
                    variant="primary"
                    disabled={!selected || share.isPending}
                    onPress={() => share.mutate({ chatId, agentId: selected }, { onSuccess: close })}
                  >
                    {share.isPending ? "Sharing…" : "Share in the chat"}
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
