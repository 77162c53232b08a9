import { isApiError } from "../api/ApiError";
import { fieldErrorsOf } from "../forms/fieldErrorsOf";

interface FormMessageProps {
  error?: unknown;
  /** Shown when there is no error. */
  success?: string | null;
  /**
   * The body fields this form shows messages beside. When every validation message belongs to one of
   * them, a short pointer replaces the server's long summary; otherwise the summary is shown.
   */
  fields?: readonly string[];
}

/**
 * The outcome of a form: the server's message (with its request id) or a success note. The live
 * region is always rendered so screen readers announce what appears in it.
 */
export function FormMessage({ error, success, fields = [] }: FormMessageProps) {
  let message = error ? (error instanceof Error ? error.message : "Something went wrong") : null;
  const fieldKeys = Object.keys(fieldErrorsOf(error)).map((key) => key.split(".")[0] ?? key);
  if (fieldKeys.length > 0 && fieldKeys.every((key) => fields.includes(key))) {
    message = "Please correct the fields marked above.";
  }
  // The request id helps when reporting a server fault; for refusals the message says it all.
  const requestId = isApiError(error) && error.status >= 500 ? error.requestId : undefined;
  return (
    <div className="form-message" aria-live="polite">
      {message ? (
        <div className="notice notice-error" role="alert">
          <p>{message}</p>
          {requestId && <p className="notice-meta">Request id: {requestId}</p>}
        </div>
      ) : success ? (
        <p className="notice notice-success">{success}</p>
      ) : null}
    </div>
  );
}
