/**
 * S11, the aid handed to the group: date, cash or goods, the amount (with its Rupiah label as
 * typed) and, for goods, the rows of goods (name, quantity, unit, unit price) with their total.
 */
import { AID_KINDS, FIELD_LABELS, stepFormSchemas, validateForm } from '../../../src/app/api/forms';
import { el, field, group } from '../../shared/dom';
import { rupiahLabel } from '../../shared/format';
import { formatRupiah } from '../../../src/domain/rupiah';
import {
  itemsTotal,
  s11Extra,
  s11Form as buildForm,
  STEP_TITLES,
  submitLabel,
  type ItemState,
} from './collect';
import { formShell } from './shell';
import { wireSubmit, type FormContext } from './submit';

export function s11Form(ctx: FormContext): HTMLElement {
  const c = ctx.detail.case;
  const shell = formShell({
    id: 'form-S11',
    title: STEP_TITLES.S11,
    buttonId: 'submit-step',
    buttonLabel: submitLabel('S11'),
  });
  const date = field<HTMLInputElement>({
    id: 'S11-handedOn',
    label: 'Tanggal penyaluran',
    kind: 'date',
    required: true,
  });
  const kind = field<HTMLSelectElement>({
    id: 'S11-kind',
    label: FIELD_LABELS.kind,
    kind: 'select',
    required: true,
    emptyOption: '— pilih —',
    options: AID_KINDS.map((k) => ({ value: k, label: k })),
  });
  const amount = field<HTMLInputElement>({
    id: 'S11-amount',
    label: `${FIELD_LABELS.amount} (Rp)`,
    kind: 'amount',
    required: true,
    hint: `RAB kelompok: ${c.rabLabel}.`,
  });
  const amountLabel = el('p', { id: 'S11-amount-label', class: 'hint', 'aria-live': 'polite' });
  amount.hint?.after(amountLabel);
  amount.control.setAttribute(
    'aria-describedby',
    `${amount.control.getAttribute('aria-describedby') ?? ''} S11-amount-label`.trim(),
  );
  const updateAmountLabel = () => {
    amountLabel.textContent = rupiahLabel(amount.control.value);
  };
  amount.control.addEventListener('input', updateAmountLabel);

  const items: ItemState[] = [];
  const list = el('div');
  const total = el('p', { id: 'S11-items-total', 'aria-live': 'polite' });
  const add = el('button', {
    type: 'button',
    id: 'S11-add-item',
    class: 'secondary',
    text: 'Tambah barang',
  });
  const itemsGroup = group('S11-items', FIELD_LABELS.items, [
    el('p', {
      class: 'hint',
      text: 'Bila jumlah bantuan dikosongkan, jumlahnya diambil dari total barang.',
    }),
    list,
    add,
    total,
  ]);

  const updateTotal = () => {
    const sum = itemsTotal(items);
    total.textContent =
      sum === null
        ? 'Total barang: periksa banyaknya dan harga.'
        : `Total barang: ${formatRupiah(sum)}`;
  };

  function renderItems(focusIndex?: number): void {
    list.textContent = '';
    items.forEach((item, i) => {
      const n = i + 1;
      const name = field<HTMLInputElement>({
        id: `S11-items-${i}-name`,
        label: `Nama barang ${n}`,
        required: true,
        value: item.name,
        attrs: { maxlength: 200 },
      });
      const qty = field<HTMLInputElement>({
        id: `S11-items-${i}-qty`,
        label: `Banyaknya (barang ${n})`,
        kind: 'amount',
        required: true,
        value: item.qty,
      });
      const unit = field<HTMLInputElement>({
        id: `S11-items-${i}-unit`,
        label: `Satuan (barang ${n})`,
        required: true,
        value: item.unit,
        hint: 'Misalnya: unit, buah, kg, paket.',
        attrs: { maxlength: 30 },
      });
      const price = field<HTMLInputElement>({
        id: `S11-items-${i}-price`,
        label: `Harga satuan (barang ${n}, Rp)`,
        kind: 'amount',
        required: true,
        value: item.price,
      });
      const bind = (f: { control: HTMLInputElement }, key: keyof ItemState) =>
        f.control.addEventListener('input', () => {
          item[key] = f.control.value;
          updateTotal();
        });
      bind(name, 'name');
      bind(qty, 'qty');
      bind(unit, 'unit');
      bind(price, 'price');
      const remove = el('button', {
        type: 'button',
        id: `S11-items-${i}-remove`,
        class: 'secondary',
        text: `Hapus barang ${n}`,
      });
      remove.addEventListener('click', () => {
        items.splice(i, 1);
        renderItems();
        updateTotal();
        add.focus();
      });
      list.append(
        el('div', { class: 'row-block' }, [name.row, qty.row, unit.row, price.row, remove]),
      );
      if (i === focusIndex) name.control.focus();
    });
  }
  add.addEventListener('click', () => {
    items.push({ name: '', qty: '', unit: '', price: '' });
    renderItems(items.length - 1);
    updateTotal();
  });
  const showItems = () => {
    const goods = kind.control.value === 'Barang';
    itemsGroup.hidden = !goods;
    if (goods && items.length === 0) {
      items.push({ name: '', qty: '', unit: '', price: '' });
      renderItems();
    }
    updateTotal();
  };
  kind.control.addEventListener('change', showItems);
  showItems();

  const note = field<HTMLTextAreaElement>({
    id: 'S11-note',
    label: 'Catatan penyaluran',
    kind: 'textarea',
    hint: 'Tidak wajib diisi.',
    attrs: { maxlength: 2000 },
  });
  shell.body.append(date.row, kind.row, amount.row, itemsGroup, note.row);
  wireSubmit({
    ...shell,
    prefix: 'S11',
    fn: 'apiCompleteStep',
    ctx,
    check(requestId) {
      const form = buildForm({
        handedOn: date.control.value,
        kind: kind.control.value,
        amount: amount.control.value,
        items,
        note: note.control.value,
      });
      const result = validateForm(stepFormSchemas.S11, form);
      const extra = s11Extra(form);
      if (!result.ok) return { ok: false, errors: [...result.errors, ...extra] };
      if (extra.length) return { ok: false, errors: extra };
      return {
        ok: true,
        payload: { requestId, caseId: c.id, version: c.version, step: 'S11', form: result.value },
      };
    },
    done: (saved) =>
      `Terima kasih. Penyaluran bantuan kasus ${saved.caseId} (${c.groupName}) telah dicatat.`,
  });
  return shell.section;
}
