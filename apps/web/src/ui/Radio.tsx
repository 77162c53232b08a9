import type { ReactNode } from "react";
import { Radio as AriaRadio } from "react-aria-components";

interface RadioProps {
  value: string;
  children: ReactNode;
  className?: string;
}

/** One choice of a react-aria RadioGroup, with its label; the dot is drawn from data-selected. */
export function Radio({ value, children, className }: RadioProps) {
  return (
    <AriaRadio className={`radio${className ? ` ${className}` : ""}`} value={value}>
      <span className="radio-dot" aria-hidden="true" />
      <span className="checkbox-label">{children}</span>
    </AriaRadio>
  );
}
