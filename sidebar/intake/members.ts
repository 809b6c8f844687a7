/**
 * The members of the proposal: rows that can be added and removed (ids follow the row number,
 * `members-2-nik`, so that errors with path `members.2.nik` find their field), NIK/KK inputs
 * that take pasted numbers with spaces or dots, and a live check of each member once her NIK
 * is complete.
 */
import { FIELD_LABELS, MARITAL_OPTIONS } from '../../src/app/api/forms';
import type { AreaOption, MemberCheck } from '../../src/app/api/views';
import { call, CALL_FAILED } from '../shared/client';
import { hasSeparators, isCompleteNik, normalizeIdDigits } from '../shared/digits';
import { el, field, type Control } from '../shared/dom';
import { renderCheck, type CheckState } from './memberCheck';
import { emptyMember, memberCheckInput, type MemberState } from './state';

interface Row {
  values: MemberState;
  check: CheckState;
  seq: number;
  timer: ReturnType<typeof setTimeout> | undefined;
}

export interface MembersContext {
  /** The desa of the group's kecamatan (for each member's desa). */
  desaOptions(): AreaOption[];
  /** Receipt date and kecamatan the check uses ('' when not chosen yet). */
  checkContext(): { receivedOn: string; kecamatan: string; today: string };
}

const MAX_MEMBERS = 50;

export class MembersEditor {
  private rows: Row[] = [];
  readonly addButton: HTMLButtonElement;

  constructor(
    private readonly list: HTMLElement,
    private readonly ctx: MembersContext,
    initial: MemberState[],
  ) {
    this.addButton = el('button', {
      type: 'button',
      id: 'add-member',
      class: 'secondary',
      text: 'Tambah anggota',
    });
    this.addButton.addEventListener('click', () => this.add());
    this.rows = initial.map((values) => this.newRow(values));
    this.render();
  }

  /** The members as typed. */
  values(): MemberState[] {
    return this.rows.map((r) => r.values);
  }

  private newRow(values: MemberState): Row {
    return { values, check: { kind: 'none' }, seq: 0, timer: undefined };
  }

  add(): void {
    if (this.rows.length >= MAX_MEMBERS) return;
    this.rows.push(this.newRow(emptyMember()));
    this.render();
    document.getElementById(`members-${this.rows.length - 1}-nik`)?.focus();
  }

  remove(index: number): void {
    const [row] = this.rows.splice(index, 1);
    if (row?.timer) clearTimeout(row.timer);
    this.render();
    const next = Math.min(index, this.rows.length - 1);
    const target = next >= 0 ? document.getElementById(`members-${next}-nik`) : this.addButton;
    (target ?? this.addButton).focus();
  }

  /** Checks again every member whose NIK is complete (receipt date or kecamatan changed). */
  recheckAll(): void {
    for (const row of this.rows) this.schedule(row, 300);
  }

  /** Re-renders the rows (after add/remove, or when the kecamatan's desa list changed). */
  render(): void {
    const desa = this.ctx.desaOptions();
    this.list.textContent = '';
    this.rows.forEach((row, i) => {
      if (row.values.desa && !desa.some((d) => d.code === row.values.desa)) row.values.desa = '';
      this.list.append(this.rowNode(row, i, desa));
    });
    this.addButton.disabled = this.rows.length >= MAX_MEMBERS;
  }

  private rowNode(row: Row, i: number, desa: AreaOption[]): HTMLElement {
    const v = row.values;
    const n = i + 1;
    const id = (key: string) => `members-${i}-${key}`;
    const bindText = (
      control: Control,
      key: 'nik' | 'kk' | 'name' | 'address' | 'desa' | 'maritalStatus',
    ) => {
      control.addEventListener('input', () => {
        v[key] = control.value;
        this.schedule(row, key === 'nik' ? 400 : 800);
      });
      control.addEventListener('change', () => {
        v[key] = control.value;
        this.schedule(row, 200);
      });
    };
    const digits = (key: 'nik' | 'kk', label: string, hint: string, required: boolean) => {
      const f = field<HTMLInputElement>({
        id: id(key),
        label,
        kind: 'digits',
        value: v[key],
        required,
        hint,
      });
      // Pasted numbers lose their spaces and dots at once; typed ones when leaving the field.
      f.control.addEventListener('input', (event) => {
        const type = (event as InputEvent).inputType;
        if (type === 'insertFromPaste' && hasSeparators(f.control.value)) {
          f.control.value = normalizeIdDigits(f.control.value);
        }
      });
      f.control.addEventListener('blur', () => {
        if (hasSeparators(f.control.value)) {
          f.control.value = normalizeIdDigits(f.control.value);
          v[key] = f.control.value;
        }
      });
      bindText(f.control, key);
      return f;
    };
    const nik = digits(
      'nik',
      FIELD_LABELS.nik,
      '16 angka. Spasi dan titik dari salinan akan dihapus.',
      true,
    );
    const kk = digits('kk', FIELD_LABELS.kk, '16 angka; kosongkan bila tidak punya KK.', false);
    const name = field({
      id: id('name'),
      label: FIELD_LABELS.name,
      required: true,
      value: v.name,
      attrs: { maxlength: 200, autocomplete: 'off' },
    });
    bindText(name.control, 'name');
    const marital = field({
      id: id('maritalStatus'),
      label: FIELD_LABELS.maritalStatus,
      kind: 'select',
      required: true,
      emptyOption: '— pilih —',
      options: MARITAL_OPTIONS.map((o) => ({ value: o, label: o })),
      value: v.maritalStatus,
    });
    bindText(marital.control, 'maritalStatus');
    const checkbox = (
      key: 'breadwinner' | 'hasKtp' | 'hasKk' | 'hasCertificate',
      label: string,
    ) => {
      const f = field<HTMLInputElement>({ id: id(key), label, kind: 'checkbox', checked: v[key] });
      f.control.addEventListener('change', () => {
        v[key] = f.control.checked;
        this.schedule(row, 200);
      });
      return f;
    };
    const breadwinner = checkbox('breadwinner', 'Tulang punggung ekonomi keluarga');
    const hasKtp = checkbox('hasKtp', 'Punya KTP');
    const hasKk = checkbox('hasKk', 'Punya KK');
    const hasCertificate = checkbox(
      'hasCertificate',
      'Ada surat keterangan (Kades/Camat/Dukcapil) pengganti KTP/KK',
    );
    const desaField = field({
      id: id('desa'),
      label: 'Desa/kelurahan anggota',
      kind: 'select',
      emptyOption: desa.length ? '(sama dengan desa kelompok)' : '(pilih kecamatan dahulu)',
      options: desa.map((d) => ({ value: d.code, label: d.name })),
      value: v.desa,
    });
    bindText(desaField.control, 'desa');
    const address = field({
      id: id('address'),
      label: 'Alamat anggota',
      value: v.address,
      attrs: { maxlength: 500 },
    });
    bindText(address.control, 'address');
    const remove = el('button', {
      type: 'button',
      id: id('remove'),
      class: 'secondary',
      text: `Hapus anggota ${n}`,
      disabled: this.rows.length <= 1,
    });
    remove.addEventListener('click', () => this.remove(i));
    const checkBox = el('div', { id: id('check'), class: 'member-check', 'aria-live': 'polite' });
    renderCheck(checkBox, row.check);
    return el('fieldset', { id: `members-${i}`, class: 'group member' }, [
      el('legend', { text: `Anggota ${n}` }),
      el('p', { id: `members-${i}-error`, class: 'field-error', hidden: true }),
      nik.row,
      checkBox,
      kk.row,
      name.row,
      marital.row,
      breadwinner.row,
      hasKtp.row,
      hasKk.row,
      hasCertificate.row,
      desaField.row,
      address.row,
      remove,
    ]);
  }

  /** Runs the member's check after `delay` ms of quiet, if her NIK is complete. */
  private schedule(row: Row, delay: number): void {
    if (row.timer) clearTimeout(row.timer);
    if (!isCompleteNik(row.values.nik)) {
      if (row.check.kind !== 'none') {
        row.seq += 1;
        this.setCheck(row, { kind: 'none' });
      }
      return;
    }
    row.timer = setTimeout(() => void this.runCheck(row), delay);
  }

  private async runCheck(row: Row): Promise<void> {
    row.timer = undefined;
    const seq = ++row.seq;
    const { receivedOn, kecamatan, today } = this.ctx.checkContext();
    const onToday = !receivedOn;
    const ready = memberCheckInput(row.values, receivedOn, kecamatan, today);
    if (!ready.ok) {
      this.setCheck(row, {
        kind: 'waiting',
        message: `NIK lengkap. Untuk memeriksa anggota ini, lengkapi dahulu: ${ready.missing.join(', ')}.`,
      });
      return;
    }
    this.setCheck(row, { kind: 'loading' });
    let next: CheckState;
    try {
      const result = await call<MemberCheck>('apiCheckMember', ready.input);
      next = result.ok
        ? { kind: 'done', result: result.data, onToday }
        : { kind: 'error', message: result.error.message };
    } catch {
      next = { kind: 'error', message: CALL_FAILED };
    }
    if (seq === row.seq) this.setCheck(row, next);
  }

  private setCheck(row: Row, state: CheckState): void {
    row.check = state;
    const index = this.rows.indexOf(row);
    const box = index >= 0 ? document.getElementById(`members-${index}-check`) : null;
    if (box) renderCheck(box, state);
  }
}
