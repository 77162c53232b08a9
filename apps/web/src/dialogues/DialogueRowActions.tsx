import type { Dialogue } from "@parley/protocol/dialogues";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import {
  Button as AriaButton,
  Dialog,
  Heading,
  type Key,
  Menu,
  MenuItem,
  MenuTrigger,
  Modal,
  ModalOverlay,
  Popover,
} from "react-aria-components";
import { useSession } from "../session/SessionContext";
import { Button } from "../ui/Button";
import { KIND_WORDS, TAB_PATHS } from "./dialogueKind";
import { mayPublishNow } from "./dialogueStatusLook";

export type RowCommand = "publish" | "unpublish" | "duplicate" | "archive" | "up" | "down";

interface DialogueRowActionsProps {
  dialogue: Dialogue;
  /** Whether Move up / Move down are offered (and possible at this place). */
  move: { up: boolean; down: boolean } | null;
  pending: boolean;
  onCommand(command: RowCommand): void;
}

/** The row's menu: open, settings, publish or unpublish, duplicate, move, archive (asks first). */
export function DialogueRowActions({ dialogue, move, pending, onCommand }: DialogueRowActionsProps) {
  const { can } = useSession();
  const navigate = useNavigate();
  const [confirmArchive, setConfirmArchive] = useState(false);
  const words = KIND_WORDS[dialogue.kind];
  const manage = can("dialogues.manage");
  const publish = can("dialogues.publish");
  const archived = dialogue.status === "archived";
  const params = { dialogueId: dialogue.id };

  const act = (key: Key) => {
    switch (key) {
      case "design":
      case "settings":
        return void navigate({ to: TAB_PATHS[dialogue.kind][key], params });
      case "archive":
        return setConfirmArchive(true);
      default:
        return onCommand(key as RowCommand);
    }
  };

  return (
    <>
      <MenuTrigger>
        <AriaButton
          className="button button-secondary button-small"
          aria-label={`Actions for ${dialogue.name}`}
        >
          Actions <span aria-hidden="true">▾</span>
        </AriaButton>
        <Popover className="popover" placement="bottom end">
          <Menu className="menu" aria-label={`Actions for ${dialogue.name}`} onAction={act}>
            <MenuItem id="design" className="menu-item">
              {archived || !manage ? "View the stream" : "Open the designer"}
            </MenuItem>
            <MenuItem id="settings" className="menu-item">
              Settings and versions
            </MenuItem>
            {publish && mayPublishNow(dialogue) && (
              <MenuItem id="publish" className="menu-item" isDisabled={pending}>
                {dialogue.status === "published" ? "Publish the changes" : "Publish"}
              </MenuItem>
            )}
            {publish && dialogue.status === "published" && (
              <MenuItem id="unpublish" className="menu-item" isDisabled={pending}>
                Unpublish
              </MenuItem>
            )}
            {manage && (
              <MenuItem id="duplicate" className="menu-item" isDisabled={pending}>
                Duplicate
              </MenuItem>
            )}
            {move?.up && (
              <MenuItem id="up" className="menu-item" isDisabled={pending}>
                Move up (higher priority)
              </MenuItem>
            )}
            {move?.down && (
              <MenuItem id="down" className="menu-item" isDisabled={pending}>
                Move down (lower priority)
              </MenuItem>
            )}
            {manage && !archived && (
              <MenuItem id="archive" className="menu-item menu-item-danger" isDisabled={pending}>
                Archive…
              </MenuItem>
            )}
          </Menu>
        </Popover>
      </MenuTrigger>
      <ModalOverlay
        className="modal-overlay"
        isDismissable
        isOpen={confirmArchive}
        onOpenChange={setConfirmArchive}
      >
        <Modal className="modal">
          <Dialog role="alertdialog">
            {({ close }) => (
              <>
                <Heading slot="title">Archive “{dialogue.name}”?</Heading>
                <p>
                  Visitors stop meeting this {words.one}; those in the middle of it can finish. Its history
                  and reports are kept, and you can duplicate it later to use it again.
                </p>
                <div className="modal-actions">
                  <Button onPress={close} autoFocus>
                    Keep it
                  </Button>
                  <Button
                    className="button-danger"
                    onPress={() => {
                      close();
                      onCommand("archive");
                    }}
                  >
                    Archive
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </>
  );
}
