import { z } from "zod";

export const Id = z.string().min(1).max(64);
export const Timestamp = z.string().describe("ISO 8601 date-time");
export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: "must be a valid email address" }));
export const Password = z.string().min(10, "must be at least 10 characters").max(200);
/** A domain such as `example.com` or a wildcard `*.example.com`; `localhost` and ports are allowed for development. */
export const DomainPattern = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/,
    "must be a domain such as example.com or *.example.com",
  );
export const Domain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, "must be a domain such as example.com");

export const IdParams = z.strictObject({ id: Id });
export const SiteParams = z.strictObject({ siteId: Id });
export const SiteItemParams = z.strictObject({ siteId: Id, id: Id });

export const ListQuery = z.strictObject({
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const ErrorResponse = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
    requestId: z.string().optional(),
  }),
});

export const OkResponse = z.object({ ok: z.literal(true) });
