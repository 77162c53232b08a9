export type StreamDocumentErrorCode = "invalid_stream" | "unsupported_schema_version";

/** A stream document that cannot be read (malformed, or from an unknown schema version). */
export class StreamDocumentError extends Error {
  override readonly name = "StreamDocumentError";

  constructor(
    readonly code: StreamDocumentErrorCode,
    message: string,
    /** zod issues when the document is malformed. */
    readonly details?: unknown,
  ) {
    super(message);
  }
}
