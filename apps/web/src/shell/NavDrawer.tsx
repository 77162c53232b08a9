import { useLocation } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from "react-aria-components";
import { MainNav } from "./MainNav";

/**
 * On narrow screens the navigation sits behind a menu button, in a drawer (a modal dialog: focus is
 * kept inside, Escape or a click outside closes it, and so does choosing a page).
 */
export function NavDrawer() {
  const [open, setOpen] = useState(false);
  const path = useLocation({ select: (location) => location.pathname });
  useEffect(() => setOpen(false), [path]);

  return (
    <DialogTrigger isOpen={open} onOpenChange={setOpen}>
      <Button className="button button-secondary menu-button">Menu</Button>
      <ModalOverlay className="nav-drawer-overlay" isDismissable>
        <Modal className="nav-drawer">
          <Dialog aria-label="Navigation">
            <div className="nav-drawer-head">
              <Heading slot="title" className="subheading">
                Parley
              </Heading>
              <Button className="button button-secondary" slot="close">
                Close
              </Button>
            </div>
            <MainNav />
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
