/**
 * The forms and views of complaints (pengaduan): a complaint, suggestion or input received
 * through a channel of the Standar Pelayanan, with its handler, status and response. Shared by
 * the Pengaduan sidebar and the server, as the other forms are (`./forms`).
 *
 * Server functions:
 * - `apiComplaintOptions()` → `ComplaintOptions`
 * - `apiListComplaints()` → `{ items: ComplaintItem[] }` (open complaints, overdue first)
 * - `apiLogComplaint(form: ComplaintForm)` → `Saved` (`caseId` holds the complaint's ID)
 * - `apiRespondComplaint(form: ComplaintResponseForm)` → `Saved`
 * - `apiMyOverdueComplaints()` → `{ items: ComplaintItem[] }` (for "Pekerjaan saya")
 */
import * as z from 'zod/mini';
import { COMPLAINT_CHANNELS, COMPLAINT_KINDS } from '../register/tabs';
import { requestIdSchema } from './forms';

const text = (max: number) => z.string().check(z.trim(), z.maxLength(max));
const required = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const complaintFormSchema = z.object({
  requestId: requestIdSchema,
  complaintDate: isoDate,
  channel: z.enum(COMPLAINT_CHANNELS),
  kind: z.enum(COMPLAINT_KINDS),
  reporter: text(200),
  contact: text(200),
  subject: z.string().check(z.trim(), z.minLength(10), z.maxLength(2000)),
  /** A related case (optional): '' or a case ID (WRSE-<year>-<serial>). */
  caseId: z.string().check(z.trim(), z.regex(/^(WRSE-\d{4}-\d{4,})?$/i)),
  handler: z.string().check(z.trim(), z.minLength(3), z.maxLength(254)),
});
export type ComplaintForm = z.infer<typeof complaintFormSchema>;

export const RESPONSE_STATUSES = ['Diproses', 'Selesai'] as const;

export const complaintResponseSchema = z.object({
  requestId: requestIdSchema,
  complaintId: required(64),
  version: z.int(),
  status: z.enum(RESPONSE_STATUSES),
  response: text(5000),
  handler: z.string().check(z.trim(), z.minLength(3), z.maxLength(254)),
});
export type ComplaintResponseForm = z.infer<typeof complaintResponseSchema>;

/** A closing response must say what was done. */
export const MIN_CLOSING_RESPONSE = 10;

export interface ComplaintItem {
  id: string;
  version: number;
  receivedOn: string;
  receivedOnLabel: string;
  channel: string;
  kind: string;
  reporter: string;
  subject: string;
  caseId: string;
  handler: string;
  handlerName: string;
  status: string;
  response: string;
  /** Last day to respond (ISO date) and its label. */
  dueOn: string;
  dueLabel: string;
  overdue: boolean;
}

export interface ComplaintOptions {
  channels: string[];
  kinds: string[];
  handlers: Array<{ email: string; name: string; role: string }>;
  targetDays: number;
  today: string;
}
