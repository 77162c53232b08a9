import type { Ref } from "react";

import { Button } from "../../ui/Button";
interface PanelToggleButtonProps {
  /** The visible action, e.g. "Set password". */
  label: string;
  /** Who it is for, e.g. "Ada": read out as "Set password for Ada", since every row has one. */
  target: string;
  expanded: boolean;
  /** The id of the panel it opens (rendered only while expanded). */
  controls: string;
  onClick(): void;
  ref?: Ref<HTMLButtonElement>;
}

/** A row action that opens and closes an inline panel, telling screen readers whether it is open. */
export function PanelToggleButton({
  label,
  target,
  expanded,
  controls,
  onClick,
  ref,
}: PanelToggleButtonProps) {
  return (
    <Button
      ref={ref}
      variant="secondary"
      aria-label={`${label} for ${target}`}
      aria-expanded={expanded}
      aria-controls={expanded ? controls : undefined}
      onPress={onClick}
    >
      {label}
    </Button>
  );
}
