import { type ReactNode, useEffect, useRef } from "react";
import { Button } from "./Button";
import { CopyButton } from "./CopyButton";

/**
 * A secret shown this once (an API key, a webhook signing secret): the heading takes focus, a warning
 * says why to copy it now, a copy button and "I have stored it".
 */
export function SecretShownOnce({
  id,
  title,
  warning,
  secret,
  onDismiss,
  children,
}: {
  id: string;
  title: ReactNode;
  warning: ReactNode;
  secret: string;
  onDismiss(): void;
  /** Below the buttons: how to use it. */
  children?: ReactNode;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [secret]);
  return (
    <section className="card secret-panel" aria-labelledby={id}>
      <h3 id={id} ref={headingRef} tabIndex={-1}>
        {title}
      </h3>
      <p className="notice notice-warning">{warning}</p>
      <div className="code-box">
        <code>{secret}</code>
      </div>
      <div className="form-actions">
        <CopyButton text={secret} label="Copy secret" primary />
        <Button variant="secondary" onPress={onDismiss}>
          I have stored it
        </Button>
      </div>
      {children}
    </section>
  );
}
