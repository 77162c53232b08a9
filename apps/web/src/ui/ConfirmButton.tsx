import { type KeyboardEvent, useEffect, useRef, useState } from "react";

interface ConfirmButtonProps {
  /** The action, e.g. "Deactivate". */
  label: string;
  /** The question asked before acting, e.g. "Deactivate Ada?". */
  question: string;
  onConfirm(): void;
  pending?: boolean;
  /** Names the target for screen readers when the label alone is ambiguous in a list. */
  ariaLabel?: string;
}

/** A destructive action that asks first, inline (no modal), and keeps keyboard focus on the choice. */
export function ConfirmButton({ label, question, onConfirm, pending, ariaLabel }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) triggerRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  const cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key === "Escape") setAsking(false);
  };

  if (!asking) {
    return (
      <button
        ref={triggerRef}
        type="button"
        className="button button-danger-quiet"
        onClick={() => setAsking(true)}
        disabled={pending}
        aria-label={ariaLabel}
      >
        {pending ? "Working…" : label}
      </button>
    );
  }
  return (
    <span className="confirm">
      <span className="confirm-question">{question}</span>
      <button
        ref={confirmRef}
        type="button"
        onKeyDown={cancelOnEscape}
        className="button button-danger"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {label}
      </button>
      <button
        type="button"
        className="button button-secondary"
        onKeyDown={cancelOnEscape}
        onClick={() => setAsking(false)}
      >
        Cancel
      </button>
    </span>
  );
}
