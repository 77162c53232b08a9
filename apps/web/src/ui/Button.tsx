import type { ReactNode, Ref } from "react";
import { Button as AriaButton, type ButtonProps as AriaButtonProps } from "react-aria-components";

interface ButtonProps extends Omit<AriaButtonProps, "className" | "isDisabled" | "children" | "style"> {
  children: ReactNode;
  /** "primary" for the one main action of a form or panel; "secondary" (default) for the others. */
  variant?: "primary" | "secondary";
  /** Full width (e.g. the sign-in pages). */
  block?: boolean;
  disabled?: boolean;
  className?: string;
  ref?: Ref<HTMLButtonElement>;
}

/**
 * The app's button (react-aria-components): presses from mouse, touch and keyboard alike, focus ring
 * only for keyboard focus (data-focus-visible). Submit buttons (type="submit") submit their form.
 */
export function Button({ variant = "secondary", block, disabled, className, ...button }: ButtonProps) {
  const classes = ["button", `button-${variant}`, block && "button-block", className].filter(Boolean);
  return <AriaButton className={classes.join(" ")} isDisabled={disabled} {...button} />;
}
