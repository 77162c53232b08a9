import { z } from "zod";

export const HourMinute = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, "must be a time such as 09:30");

/** One weekly block in the owner's time zone: ISO weekday (1 = Monday … 7 = Sunday), start < end. */
export const WeeklyBlock = z
  .strictObject({ day: z.number().int().min(1).max(7), start: HourMinute, end: HourMinute })
  .refine((b) => b.start < b.end, { message: "must end after it starts", path: ["end"] });
export type WeeklyBlock = z.infer<typeof WeeklyBlock>;

/** Several blocks per day are allowed; overlapping blocks simply join. */
export const WeeklySchedule = z.strictObject({ blocks: z.array(WeeklyBlock).max(70) });
export type WeeklySchedule = z.infer<typeof WeeklySchedule>;

/** An IANA time zone name (checked against the runtime's list by the server). */
export const TimeZone = z.string().min(1).max(64);
