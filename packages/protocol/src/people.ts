import { z } from "zod";
import { Domain, Email, Id, Timestamp } from "./common";
import { FieldValues } from "./fields";

export const Person = z.object({
  id: Id,
  siteId: Id,
  email: z.string().nullable(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  phone: z.string().nullable(),
  jobTitle: z.string().nullable(),
  companyId: Id.nullable(),
  fields: FieldValues,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Person = z.infer<typeof Person>;

const Text = z.string().trim().max(200).nullable();
export const Phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ().-]{5,30}$/, "must be a phone number such as +1 555 0100");

export const CreatePersonBody = z.strictObject({
  email: Email.nullable().default(null),
  firstName: Text.default(null),
  lastName: Text.default(null),
  phone: Phone.nullable().default(null),
  jobTitle: Text.default(null),
  companyId: Id.nullable().default(null),
  fields: FieldValues.default({}),
});
export const UpdatePersonBody = z.strictObject({
  email: Email.nullable().optional(),
  firstName: Text.optional(),
  lastName: Text.optional(),
  phone: Phone.nullable().optional(),
  jobTitle: Text.optional(),
  companyId: Id.nullable().optional(),
  fields: FieldValues.optional(),
});

export const Company = z.object({
  id: Id,
  siteId: Id,
  name: z.string(),
  domain: z.string().nullable(),
  ownerId: Id.nullable().describe("Account owner (agent)"),
  fields: FieldValues,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Company = z.infer<typeof Company>;

export const CreateCompanyBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  domain: Domain.nullable().default(null),
  ownerId: Id.nullable().default(null),
  fields: FieldValues.default({}),
});
export const UpdateCompanyBody = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  domain: Domain.nullable().optional(),
  ownerId: Id.nullable().optional(),
  fields: FieldValues.optional(),
});
