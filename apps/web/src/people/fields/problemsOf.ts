import { ApiError, isApiError } from "../../api/ApiError";
import { type FieldErrors, fieldErrorsOf } from "../../forms/fieldErrorsOf";

/** Field messages of a refusal, including a conflict that names its field ("key is already taken"). */
export function problemsOf(error: unknown): FieldErrors {
  if (isApiError(error) && error.code === "conflict") {
    return fieldErrorsOf(new ApiError(error.status, "validation_failed", error.message, error.details));
  }
  return fieldErrorsOf(error);
}
