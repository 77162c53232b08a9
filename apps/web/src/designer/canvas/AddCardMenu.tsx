import type { CardType } from "@parley/flow/card";
import { type RefObject, useRef } from "react";
import { Button, Menu, MenuItem, MenuTrigger, Popover } from "react-aria-components";
import type { Point } from "../state/designerState";
import { CARD_LOOKS, PALETTE_ORDER } from "./cardLook";

function CardTypeMenu({ onAdd, label }: { onAdd(type: CardType): void; label: string }) {
  return (
    <Menu className="menu card-type-menu" aria-label={label} onAction={(key) => onAdd(key as CardType)}>
      {PALETTE_ORDER.map((type) => {
        const look = CARD_LOOKS[type];
        return (
          <MenuItem
            key={type}
            id={type}
            className={`menu-item card-type-item card-type-item--${look.tone}`}
            textValue={look.label}
          >
            <span className="card-type-glyph" aria-hidden="true">
              {look.glyph}
            </span>
            {look.label}
            {!look.visible && <span className="card-type-note">not shown</span>}
          </MenuItem>
        );
      })}
    </Menu>
  );
}

/** The palette: "Add card" with every card type, each in its look. */
export function AddCardMenu({ onAdd }: { onAdd(type: CardType): void }) {
  return (
    <MenuTrigger>
      <Button className="button button-primary">+ Add card</Button>
      <Popover className="popover" placement="bottom start">
        <CardTypeMenu onAdd={onAdd} label="Card types" />
      </Popover>
    </MenuTrigger>
  );
}

/** The same palette where a connection was dropped on empty canvas: the new card gets connected. */
export function DropMenu({
  at,
  onAdd,
  onClose,
}: {
  at: Point | null;
  onAdd(type: CardType): void;
  onClose(): void;
}) {
  const anchor = useRef<HTMLSpanElement>(null);
  return (
    <>
      <span
        ref={anchor}
        className="drop-anchor"
        style={at ? { left: at.x, top: at.y } : { display: "none" }}
        aria-hidden="true"
      />
      <Popover
        className="popover"
        triggerRef={anchor as RefObject<HTMLElement>}
        isOpen={at !== null}
        onOpenChange={(open) => {
          if (!open) onClose();
        }}
        placement="bottom start"
      >
        <CardTypeMenu
          label="Add a connected card"
          onAdd={(type) => {
            onAdd(type);
            onClose();
          }}
        />
      </Popover>
    </>
  );
}
