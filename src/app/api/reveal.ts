/**
 * "Tampilkan NIK lengkap": the request to see one member's full NIK and KK (an audited action),
 * and what the server answers. The same schema checks the sidebar's form and the server's input.
 */
import * as z from 'zod/mini';
import { requestIdSchema } from './forms';

export const revealNikSchema = z.object({
  requestId: requestIdSchema,
  caseId: z.string().check(z.trim(), z.minLength(1), z.maxLength(64)),
  memberId: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  reason: z.string().check(z.trim(), z.minLength(5), z.maxLength(500)),
});

export type RevealNikRequest = z.infer<typeof revealNikSchema>;

/** The full numbers of one member, for the sidebar to show until the user hides them. */
export interface RevealedNik {
  memberId: string;
  name: string;
  nik: string;
  kk: string;
}

/** Roles allowed to see a full NIK when the setting `nik.tampilkanLengkapPeran` is empty. */
export const DEFAULT_REVEAL_ROLES = ['Staf', 'Peksos', 'Kabid', 'Kadis'] as const;

/** The setting key naming the roles that may see a full NIK (comma-separated). */
export const REVEAL_ROLES_SETTING = 'nik.tampilkanLengkapPeran';
