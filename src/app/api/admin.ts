/**
 * The Admin form (issue 13): the only way the register trusts a change to what gives approval
 * power — a user's row in Pengguna, a step's actor in Langkah SOP, a rule setting in
 * Pengaturan. Each save is an audited action. `version` is the row version the form was loaded
 * at (null for a new row), so a stale form is refused.
 */
import * as z from 'zod/mini';
import { requestIdSchema } from './forms';
import { ROLES, TIME_UNITS } from '../register/tabs';

const text = (max: number) => z.string().check(z.trim(), z.maxLength(max));
const required = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const NAME = /^(?![=+\-@])[^<>]*$/;
const version = z.nullable(z.number().check(z.int(), z.minimum(1)));

export const userFormSchema = z.object({
  requestId: requestIdSchema,
  version,
  email: z
    .string()
    .check(
      z.trim(),
      z.toLowerCase(),
      z.maxLength(200),
      z.regex(/^[^\s@<>=+]+@[^\s@<>]+\.[^\s@<>]+$/),
    ),
  name: required(200).check(z.regex(NAME, 'name')),
  nip: text(40).check(z.regex(/^[0-9 ]*$/)),
  rank: text(100).check(z.regex(NAME, 'name')),
  position: text(200).check(z.regex(NAME, 'name')),
  role: z.enum(ROLES),
  kecamatan: text(20).check(z.regex(/^(35\.20\.\d{2})?$/)),
  active: z.boolean(),
});
export type UserForm = z.infer<typeof userFormSchema>;

/** The Admin confirms a row typed by hand before this form existed (a migration), as it is. */
export const confirmUserSchema = z.object({
  requestId: requestIdSchema,
  email: z.string().check(z.trim(), z.toLowerCase(), z.minLength(3), z.maxLength(200)),
  version: z.number().check(z.int(), z.minimum(1)),
});
export type ConfirmUser = z.infer<typeof confirmUserSchema>;

export const stepFormSchema = z.object({
  requestId: requestIdSchema,
  version: z.number().check(z.int(), z.minimum(1)),
  code: z.string().check(z.trim(), z.regex(/^S\d{2}$/)),
  role: z.enum(ROLES),
  time: z.number().check(z.int(), z.minimum(0), z.maximum(365)),
  unit: z.enum(TIME_UNITS),
  returnable: z.boolean(),
  rejectable: z.boolean(),
});
export type StepForm = z.infer<typeof stepFormSchema>;

export const settingFormSchema = z.object({
  requestId: requestIdSchema,
  version,
  key: z.string().check(z.trim(), z.regex(/^[A-Za-z][A-Za-z0-9 ._-]{1,120}$/)),
  value: text(50000),
  effectiveFrom: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  description: text(500),
});
export type SettingForm = z.infer<typeof settingFormSchema>;

/** What the Admin page shows. `audited`: the row is what the last audited change wrote. */
export interface AdminOverview {
  users: Array<{
    email: string;
    name: string;
    nip: string;
    rank: string;
    position: string;
    role: string;
    kecamatan: string;
    active: boolean;
    version: number;
    audited: boolean;
  }>;
  steps: Array<{
    code: string;
    name: string;
    role: string;
    time: number;
    unit: string;
    returnable: boolean;
    rejectable: boolean;
    version: number;
    audited: boolean;
  }>;
  settings: Array<{
    key: string;
    value: string;
    effectiveFrom: string;
    description: string;
    version: number;
    audited: boolean;
  }>;
}
