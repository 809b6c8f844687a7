/**
 * The Admin form's server side (issue 13): add or change a user, confirm a row typed by hand
 * before the form existed, change a step's actor and time standard, change a rule setting.
 * Each is a `runAction` plan whose audit row (key in the case column, see
 * `src/app/register/authority.ts`) holds the fingerprint of what it wrote; the server trusts
 * these rows only while they still match (`src/gas/authority.ts`). After a change of who is
 * Admin, the real protections of the Admin-only tabs are brought up to date.
 */
import {
  confirmUserSchema,
  settingFormSchema,
  stepFormSchema,
  userFormSchema,
  type AdminOverview,
} from '../../app/api/admin';
import type { Saved } from '../../app/api/views';
import {
  SETTINGS_AUDIT_KEY,
  SOP_AUDIT_KEY,
  isCounterSetting,
  isFingerprintedSetting,
  settingContent,
  stepContent,
  userAuditKey,
} from '../../app/register/authority';
import { RegisterError, StaleDataError } from '../../app/register/errors';
import { USERS, type RowOf } from '../../app/register/tabs';
import { parseStepTable } from '../../domain';
import { requireRole } from '../access';
import { sha256Hex } from '../audit';
import {
  auditedPrints,
  auditedRows,
  settingPrints,
  stepPrints,
  userFingerprint,
  userRowAudited,
} from '../authority';
import { protectAdminTabs } from '../protection';
import type { Register } from '../register';
import { runAction, type Plan } from '../transaction';
import { VERIFICATION_URL_KEY, verificationUrlProblem } from '../verification';
import { parseForm } from './common';

type UserRow = RowOf<typeof USERS>;

const STALE = 'Data ini telah diubah sejak formulir dibuka; muat ulang halaman Admin, lalu ulangi.';

function userByEmail(register: Register, email: string) {
  return (
    register.users
      .findBy('email', [email], { matchCase: false })
      .find((r) => String(r.row.email).trim().toLowerCase() === email) ?? null
  );
}

function saved(key: string, version: number): Saved {
  return { caseId: key, version, step: '', status: '' };
}

function roleLabel(row: { role: unknown; active: unknown; kecamatan: unknown }): string {
  return `${String(row.role)}${row.kecamatan ? ` ${String(row.kecamatan)}` : ''}${row.active === true ? '' : ' (nonaktif)'}`;
}

/** The active Admins whose rows are audited: the editors of the Admin-only tabs. */
export function trustedAdmins(register: Register): string[] {
  return register.users
    .findBy('role', ['Admin'])
    .map((r) => r.row)
    .filter((u) => u.active === true && userRowAudited(register.audit, u))
    .map((u) => String(u.email).trim().toLowerCase());
}

/** Re-applies the Admin-only protections with the trusted Admins as editors. */
export function syncProtections(register: Register): void {
  protectAdminTabs(register.spreadsheet, trustedAdmins(register));
}

/** What the Admin page shows: the users, SOP steps and rule settings, each audited or not. */
export function adminOverview(register: Register): AdminOverview {
  requireRole(register.actor, ['Admin'], 'membuka halaman Admin');
  const audit = register.audit;
  const steps = register.sopSteps.all().map((r) => r.row);
  const stepsAudited = auditedPrints(audit, SOP_AUDIT_KEY) ?? {};
  const stepsNow = stepPrints(steps);
  const settings = register.settingsTable
    .all()
    .map((r) => r.row)
    .filter((s) => !isCounterSetting(String(s.key)));
  const settingsAudited = auditedPrints(audit, SETTINGS_AUDIT_KEY) ?? {};
  return {
    users: register.users.all().map(({ row }) => ({
      email: String(row.email),
      name: String(row.name),
      nip: String(row.nip ?? ''),
      rank: String(row.rank ?? ''),
      position: String(row.position ?? ''),
      role: String(row.role),
      kecamatan: String(row.kecamatan),
      active: row.active === true,
      version: Number(row.version),
      audited: userRowAudited(audit, row),
    })),
    steps: steps.map((s) => ({
      code: String(s.code),
      name: String(s.name),
      role: String(s.role),
      time: Number(s.time),
      unit: String(s.unit),
      returnable: s.returnable === true,
      rejectable: s.rejectable === true,
      version: Number(s.version),
      audited: stepsAudited[String(s.code)] === stepsNow[String(s.code)],
    })),
    settings: settings.map((s) => ({
      key: String(s.key),
      value: String(s.value ?? ''),
      effectiveFrom: String(s.effectiveFrom ?? ''),
      description: String(s.description ?? ''),
      version: Number(s.version),
      // The DTSEN extract's state is not fingerprinted: nothing to confirm.
      audited:
        !isFingerprintedSetting(String(s.key)) ||
        settingsAudited[String(s.key)] === sha256Hex(settingContent(s)),
    })),
  };
}

/** Adds a user or changes one (role, kecamatan, active, the names printed on letters). */
export function saveUser(register: Register, input: unknown): Saved {
  const form = parseForm(userFormSchema, input);
  requireRole(register.actor, ['Admin'], 'mengubah data pengguna');
  if (form.role === 'Pendamping' && !form.kecamatan) {
    throw new RegisterError('Kecamatan wajib diisi untuk pendamping.', 'kecamatan');
  }
  if (form.email === register.actor.email && (form.role !== 'Admin' || !form.active)) {
    throw new RegisterError(
      'Anda tidak dapat mencabut peran Admin Anda sendiri; minta Admin lain melakukannya.',
      'role',
    );
  }
  const result = runAction(
    register,
    { requestId: form.requestId, entry: 'saveUser', args: form },
    (): Plan => {
      const found = userByEmail(register, form.email);
      if (form.version === null && found) {
        throw new RegisterError(
          `Pengguna ${form.email} sudah ada di tab Pengguna; muat ulang halaman Admin untuk mengubahnya.`,
          'email',
        );
      }
      if (form.version !== null && (!found || Number(found.row.version) !== form.version)) {
        throw new StaleDataError(STALE);
      }
      const values = {
        name: form.name,
        nip: form.nip,
        rank: form.rank,
        position: form.position,
        role: form.role,
        kecamatan: form.role === 'Pendamping' ? form.kecamatan : form.kecamatan,
        active: form.active,
      };
      const email = found ? String(found.row.email) : form.email;
      const row = { email, ...values } as Record<string, unknown>;
      const key = userAuditKey(form.email);
      return {
        action: found ? 'Ubah pengguna' : 'Tambah pengguna',
        caseId: key,
        from: found ? roleLabel(found.row) : '',
        to: roleLabel(values),
        changes: {
          email: form.email,
          nama: form.name,
          peran: form.role,
          kecamatan: form.kecamatan,
          aktif: form.active,
          fingerprint: userFingerprint(row),
        },
        writes: [
          found
            ? {
                table: 'users',
                op: 'update',
                id: email,
                fromVersion: Number(found.row.version),
                changes: values,
              }
            : { table: 'users', op: 'insert', id: email, row },
        ],
        result: saved(key, found ? Number(found.row.version) + 1 : 1),
      };
    },
  );
  syncProtections(register);
  return result;
}

/**
 * Confirms, as it is, a Pengguna row added by hand before the Admin form existed (the migration
 * of an older register): the Admin vouches for it once, audited. Nothing in the row changes.
 */
export function confirmUser(register: Register, input: unknown): Saved {
  const form = parseForm(confirmUserSchema, input);
  requireRole(register.actor, ['Admin'], 'mengonfirmasi pengguna');
  const result = runAction(
    register,
    { requestId: form.requestId, entry: 'confirmUser', args: form },
    (): Plan => {
      const found = userByEmail(register, form.email);
      if (!found) {
        throw new RegisterError(`Pengguna ${form.email} tidak ada di tab Pengguna.`, 'email');
      }
      if (Number(found.row.version) !== form.version) throw new StaleDataError(STALE);
      const row: UserRow = found.row;
      const key = userAuditKey(form.email);
      return {
        action: 'Konfirmasi pengguna',
        caseId: key,
        from: '',
        to: roleLabel(row),
        changes: {
          email: form.email,
          nama: String(row.name),
          peran: String(row.role),
          kecamatan: String(row.kecamatan),
          aktif: row.active === true,
          fingerprint: userFingerprint(row),
        },
        writes: [],
        result: saved(key, Number(row.version)),
      };
    },
  );
  syncProtections(register);
  return result;
}

/** Changes a step's actor, time standard and whether it may be returned or rejected. */
export function saveStep(register: Register, input: unknown): Saved {
  const form = parseForm(stepFormSchema, input);
  requireRole(register.actor, ['Admin'], 'mengubah langkah SOP');
  return runAction(
    register,
    { requestId: form.requestId, entry: 'saveStep', args: form },
    (): Plan => {
      const rows = register.sopSteps.all().map((r) => r.row);
      const target = rows.find((r) => String(r.code) === form.code);
      if (!target) throw new RegisterError(`Langkah ${form.code} tidak ada.`, 'code');
      if (Number(target.version) !== form.version) throw new StaleDataError(STALE);
      const values = {
        role: form.role,
        time: form.time,
        unit: form.unit,
        returnable: form.returnable,
        rejectable: form.rejectable,
      };
      const after = { ...target, ...values };
      const parsed = parseStepTable(rows.map((r) => (r === target ? after : r)));
      if (!parsed.ok) throw new RegisterError(`Langkah SOP tidak sah: ${parsed.errors.join(' ')}`);
      // Only this row is vouched for: a hand edit of another row stays unaudited.
      const prints = {
        ...(auditedPrints(register.audit, SOP_AUDIT_KEY) ?? {}),
        [form.code]: sha256Hex(stepContent(after)),
      };
      return {
        action: 'Ubah langkah SOP',
        caseId: SOP_AUDIT_KEY,
        from: `${form.code}: ${String(target.role)}`,
        to: `${form.code}: ${form.role}`,
        changes: { langkah: form.code, ...values, sidikJari: prints },
        writes: [
          {
            table: 'sopSteps',
            op: 'update',
            id: form.code,
            fromVersion: Number(target.version),
            changes: values,
          },
        ],
        result: saved(SOP_AUDIT_KEY, Number(target.version) + 1),
      };
    },
  );
}

const NUMERIC_SETTINGS = /^kelayakan\.(usia|anggota|desil|umurData)/;

/** Adds or changes a rule setting (never a counter: those move only with the agenda). */
export function saveSetting(register: Register, input: unknown): Saved {
  const form = parseForm(settingFormSchema, input);
  requireRole(register.actor, ['Admin'], 'mengubah pengaturan');
  if (isCounterSetting(form.key)) {
    throw new RegisterError(
      `Penghitung nomor "${form.key}" tidak diubah lewat formulir ini; nomor hanya bergerak bersama agenda.`,
      'key',
    );
  }
  if (NUMERIC_SETTINGS.test(form.key) && form.value !== '' && !/^\d+$/.test(form.value)) {
    throw new RegisterError(`Nilai "${form.key}" harus berupa bilangan bulat.`, 'value');
  }
  if (form.key === VERIFICATION_URL_KEY) {
    const problem = verificationUrlProblem(form.value);
    if (problem) throw new RegisterError(problem, 'value');
  }
  const result = runAction(
    register,
    { requestId: form.requestId, entry: 'saveSetting', args: form },
    (): Plan => {
      const found = register.settingsTable.get(form.key);
      if (form.version === null && found) {
        throw new RegisterError(`Kunci "${form.key}" sudah ada; muat ulang halaman Admin.`, 'key');
      }
      if (form.version !== null && (!found || Number(found.row.version) !== form.version)) {
        throw new StaleDataError(STALE);
      }
      const values = {
        value: form.value,
        effectiveFrom: form.effectiveFrom,
        description: form.description,
      };
      const row = { key: form.key, ...values };
      const prints = {
        ...(auditedPrints(register.audit, SETTINGS_AUDIT_KEY) ?? {}),
        ...(!isFingerprintedSetting(form.key)
          ? {}
          : { [form.key]: sha256Hex(settingContent(row)) }),
      };
      return {
        action: found ? 'Ubah pengaturan' : 'Tambah pengaturan',
        caseId: SETTINGS_AUDIT_KEY,
        from: found ? `${form.key} = ${String(found.row.value ?? '').slice(0, 60)}` : '',
        to: `${form.key} = ${form.value.slice(0, 60)}`,
        changes: { kunci: form.key, ...values, sidikJari: prints },
        writes: [
          found
            ? {
                table: 'settings',
                op: 'update',
                id: form.key,
                fromVersion: Number(found.row.version),
                changes: values,
              }
            : { table: 'settings', op: 'insert', id: form.key, row },
        ],
        result: saved(SETTINGS_AUDIT_KEY, found ? Number(found.row.version) + 1 : 1),
      };
    },
  );
  if (result.version === 1) syncProtections(register); // a new row to protect
  return result;
}

/**
 * "Siapkan register"'s audited part, after the tabs exist: the first Admin (or, on an older
 * register, the owner's own Admin row) gets an audited origin; the SOP steps and rule settings
 * are recorded when they never were (migration), and the rows setup itself just added from the
 * seeds are added to the record (a row changed by hand is never blessed); then the Admin-only
 * tabs are protected. Returns what it recorded, for the alert.
 */
export function recordSetupAuthority(
  register: Register,
  options: {
    mayVouchForSelf: boolean;
    /** Run by the spreadsheet's owner: with no trusted Admin yet, the Admin rows are vouched for. */
    ownerMigrates: boolean;
    stepSeeds: readonly object[];
    settingSeeds: readonly object[];
  },
): string[] {
  const notes: string[] = [];
  const me = register.actor.email;
  const vouch = (row: UserRow) => {
    const email = String(row.email).trim().toLowerCase();
    const key = userAuditKey(email);
    const n = auditedRows(register.audit, key).length;
    runAction(
      register,
      {
        requestId: `siapkan-${sha256Hex(`${key}|${n}|${row.version}`).slice(0, 40)}`,
        entry: 'setupVouchAdmin',
        args: { key, n, version: row.version },
        shared: true,
      },
      () => ({
        action: 'Admin register (Siapkan register)',
        caseId: key,
        from: '',
        to: roleLabel(row),
        changes: { email, peran: 'Admin', fingerprint: userFingerprint(row) },
        writes: [],
        result: saved(key, Number(row.version)),
      }),
    );
    notes.push(`Peran Admin ${email} dicatat di Riwayat.`);
  };
  const unauditedAdmin = (row: UserRow) =>
    row.role === 'Admin' && row.active === true && !userRowAudited(register.audit, row);
  const own = me ? userByEmail(register, me) : null;
  if (own && options.mayVouchForSelf && unauditedAdmin(own.row)) vouch(own.row);
  if (options.ownerMigrates && trustedAdmins(register).length === 0) {
    // An older register (or one provisioned by the admin CLI for another Admin): the owner,
    // whom Google lets edit everything, vouches once for the Admin rows it holds.
    for (const { row } of register.users.findBy('role', ['Admin'])) {
      if (unauditedAdmin(row)) vouch(row);
    }
  }
  const tables = [
    {
      key: SOP_AUDIT_KEY,
      label: 'Langkah SOP',
      current: stepPrints(register.sopSteps.all().map((r) => r.row)),
      seeds: stepPrints(options.stepSeeds as Array<Record<string, unknown>>),
    },
    {
      key: SETTINGS_AUDIT_KEY,
      label: 'Pengaturan',
      current: settingPrints(register.settingsTable.all().map((r) => r.row)),
      seeds: settingPrints(options.settingSeeds as Array<Record<string, unknown>>),
    },
  ] as const;
  for (const t of tables) {
    const audited = auditedPrints(register.audit, t.key);
    let prints: Record<string, string> | null = null;
    if (audited === null) {
      prints = t.current;
      notes.push(
        `Isi tab ${t.label} dicatat di Riwayat sebagaimana adanya; periksalah di halaman Admin.`,
      );
    } else {
      // Rows setup added from its seeds: absent from the record, equal to their seed.
      const added = Object.keys(t.current).filter(
        (k) => !(k in audited) && t.seeds[k] === t.current[k],
      );
      if (added.length)
        prints = { ...audited, ...Object.fromEntries(added.map((k) => [k, t.current[k]])) };
    }
    if (prints) {
      const recorded = prints;
      const n = auditedRows(register.audit, t.key).length;
      runAction(
        register,
        {
          requestId: `siapkan-${sha256Hex(`${t.key}|${n}|${JSON.stringify(recorded)}`).slice(0, 40)}`,
          entry: 'setupRecordAudited',
          args: { key: t.key, n, recorded },
          shared: true,
        },
        () => ({
          action: `Catat ${t.label} (Siapkan register)`,
          caseId: t.key,
          from: '',
          to: `${Object.keys(recorded).length} baris`,
          changes: { sidikJari: recorded },
          writes: [],
          result: saved(t.key, 0),
        }),
      );
    }
  }
  syncProtections(register);
  return notes;
}
