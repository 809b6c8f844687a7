/**
 * The host page's behaviour, in the browser. This function is inlined into the page with
 * `hostClient.toString()`, so it must reference nothing outside itself (its configuration
 * comes as the argument). It renders the menu, the tabs and a page of the grid, sends cell
 * edits and menu clicks to the server, answers alerts and prompts through a dialog (the server
 * replays the run with the answers), opens the sidebar frame, and shows toasts and progress.
 */
export function hostClient(config: { defaultUser: string }): void {
  type Rule = { kind: string; options: string[]; helpText: string } | null;
  interface Page {
    name: string;
    page: number;
    pages: number;
    lastRow: number;
    rowNumbers: number[];
    rows: string[][];
    formulas: string[][];
    formats: string[][];
    rules: Rule[][];
    checked: (boolean | null)[][];
    charts?: Array<{
      id: number;
      type: string;
      anchorRow: number;
      anchorColumn: number;
      offsetX: number;
      offsetY: number;
      svg: string;
    }>;
  }
  interface Shown {
    kind: string;
    title: string;
    message: string;
  }
  type Menu = {
    caption: string;
    items: Array<{ kind: string; caption?: string; functionName?: string }>;
  };
  const params = new URLSearchParams(location.search);
  const user = params.has('user') ? (params.get('user') ?? '') : config.defaultUser;
  const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
  let currentTab = params.get('tab') ?? '';
  let page: Page | null = null;
  let busy = 0;
  let selected: { r: number; c: number } | null = null;
  // The spreadsheet shown in the grid: '' = the master; else a kecamatan register's ID.
  const ss = params.get('ss') ?? '';
  const q = (extra = '') =>
    `?user=${encodeURIComponent(user)}${ss ? `&ss=${encodeURIComponent(ss)}` : ''}${extra}`;
  const el = (tag: string, text?: string) => {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const letter = (n: number): string =>
    (n >= 26 ? letter(Math.floor(n / 26) - 1) : '') + String.fromCharCode(65 + (n % 26));

  function progress(delta: number) {
    busy = Math.max(0, busy + delta);
    $('progress').hidden = busy === 0;
  }
  function api<T>(path: string, body?: unknown): Promise<T> {
    progress(1);
    const init =
      body === undefined
        ? {}
        : {
            method: 'POST',
            body: JSON.stringify(body),
            headers: { 'content-type': 'application/json' },
          };
    return fetch(path, init)
      .then((r) => r.json() as Promise<T>)
      .finally(() => progress(-1));
  }

  // ---- dialogs (alerts and prompts) and toasts
  const LABELS: Record<string, string> = { OK: 'OK', CANCEL: 'Batal', YES: 'Ya', NO: 'Tidak' };
  function ask(
    kind: string,
    title: string,
    message: string,
    buttons: string,
  ): Promise<{ button: string; text: string }> {
    return new Promise((resolve) => {
      const dialog = $<HTMLDialogElement>('dialog');
      $('dialog-title').textContent = title || 'Register WRSE';
      $('dialog-message').textContent = message;
      $('dialog-answer-row').hidden = kind !== 'prompt';
      $<HTMLInputElement>('dialog-answer').value = '';
      const bar = $('dialog-buttons');
      bar.innerHTML = '';
      buttons.split('_').forEach((b) => {
        const button = el('button', LABELS[b] ?? b) as HTMLButtonElement;
        button.value = b;
        bar.appendChild(button);
      });
      dialog.onclose = () =>
        resolve({
          button: dialog.returnValue || 'CLOSE',
          text: $<HTMLInputElement>('dialog-answer').value,
        });
      dialog.returnValue = '';
      dialog.showModal();
    });
  }
  function show(events: Shown[] | undefined): Promise<void> {
    let chain = Promise.resolve();
    (events ?? []).forEach((e) => {
      if (e.kind === 'toast') {
        const t = el('div', (e.title ? `${e.title}: ` : '') + e.message);
        t.className = 'toast';
        $('toasts').appendChild(t);
        setTimeout(() => t.remove(), 5000);
      } else if (e.kind === 'alert') {
        chain = chain.then(() => ask('alert', e.title, e.message, 'OK').then(() => undefined));
      }
    });
    return chain;
  }

  // ---- menu
  function runMenu(
    fn: string,
    answers: Array<{ button: string; text: string }> = [],
  ): Promise<void> {
    type Res = {
      question?: { kind: string; title: string; message: string; buttons: string };
      error?: string | null;
      events?: Shown[];
      sidebar?: { title: string; seq: number } | null;
    };
    return api<Res>(`/api/menu${q()}`, { fn, answers }).then((res) => {
      if (res.question) {
        const qn = res.question;
        return ask(qn.kind, qn.title, qn.message, qn.buttons).then((a) =>
          runMenu(fn, answers.concat([a])),
        );
      }
      if (res.sidebar) openSidebar(res.sidebar.title, res.sidebar.seq);
      const events = (res.events ?? []).slice();
      if (res.error) events.push({ kind: 'alert', title: 'Galat skrip', message: res.error });
      return refresh().then(() => show(events));
    });
  }
  function renderMenus(menus: Menu[]) {
    const bar = $('menubar');
    bar.innerHTML = '';
    menus.forEach((m) => {
      const b = el('button', m.caption) as HTMLButtonElement;
      b.type = 'button';
      b.setAttribute('aria-haspopup', 'menu');
      b.setAttribute('aria-expanded', 'false');
      const list = el('div');
      list.className = 'menu';
      list.hidden = true;
      list.setAttribute('role', 'menu');
      list.setAttribute('aria-label', m.caption);
      const close = () => {
        list.hidden = true;
        b.setAttribute('aria-expanded', 'false');
      };
      type Item = Menu['items'][number] & { items?: Item[] };
      const flat = (items: Item[], prefix: string): Item[] =>
        items.flatMap((i) =>
          i.kind === 'submenu'
            ? [{ kind: 'separator' }, ...flat(i.items ?? [], `${prefix}${i.caption} › `)]
            : [{ ...i, caption: i.caption ? prefix + i.caption : i.caption }],
        );
      flat(m.items, '').forEach((i) => {
        if (i.kind === 'separator') return void list.appendChild(el('hr'));
        const ib = el('button', i.caption) as HTMLButtonElement;
        ib.type = 'button';
        ib.setAttribute('role', 'menuitem');
        ib.setAttribute('data-fn', i.functionName ?? '');
        ib.addEventListener('click', () => {
          close();
          void runMenu(i.functionName ?? '');
        });
        list.appendChild(ib);
      });
      b.addEventListener('click', () => {
        list.hidden = !list.hidden;
        b.setAttribute('aria-expanded', String(!list.hidden));
        if (!list.hidden) (list.querySelector('button') as HTMLElement | null)?.focus();
      });
      list.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') {
          close();
          b.focus();
        }
      });
      bar.appendChild(b);
      bar.appendChild(list);
    });
  }

  // ---- sidebar
  function openSidebar(title: string, seq: number) {
    $('sidebar-title').textContent = title;
    $<HTMLIFrameElement>('sidebar-frame').src = `/sidebar${q(`&seq=${seq}`)}`;
    $('sidebar').hidden = false;
  }
  $('sidebar-close').addEventListener('click', () => ($('sidebar').hidden = true));
  window.addEventListener('message', (e: MessageEvent) => {
    if (e.origin !== location.origin || !e.data) return;
    if (e.data.type === 'wrse-close') $('sidebar').hidden = true;
    if (e.data.type === 'wrse-start') progress(1);
    if (e.data.type === 'wrse-ran') {
      progress(-1);
      if (e.data.sidebar) openSidebar(e.data.sidebar.title, e.data.sidebar.seq);
      void loadPage(page ? page.page : 1).then(() => show(e.data.events));
    }
  });

  // ---- grid
  function cellControl(p: Page, r: number, c: number): HTMLElement {
    const rule = p.rules[r][c];
    const value = p.rows[r][c];
    const label = `${letter(c)}${p.rowNumbers[r]}${r > 0 && p.rows[0][c] ? ` — ${p.rows[0][c]}` : ''}`;
    let control: HTMLInputElement | HTMLSelectElement;
    if (rule && rule.kind === 'checkbox') {
      const cb = el('input') as HTMLInputElement;
      cb.type = 'checkbox';
      cb.checked = p.checked[r][c] === true;
      cb.addEventListener('change', () => void edit(p, r, c, cb.checked, cb));
      control = cb;
    } else if (rule && rule.kind === 'list') {
      const s = el('select') as HTMLSelectElement;
      const options = [''].concat(rule.options);
      if (options.indexOf(value) < 0) options.push(value);
      options.forEach((o) => {
        const opt = el('option', o) as HTMLOptionElement;
        opt.value = o;
        s.appendChild(opt);
      });
      s.value = value;
      s.title = rule.helpText;
      s.addEventListener('change', () => void edit(p, r, c, s.value, s));
      control = s;
    } else {
      const input = el('input') as HTMLInputElement;
      input.type = 'text';
      input.value = value;
      if (/^-?[\d.,]+$/.test(value) && p.formats[r][c] !== '@') input.className = 'num';
      input.addEventListener('focus', () => {
        if (p.formulas[r][c]) input.value = p.formulas[r][c];
      });
      input.addEventListener('blur', () => {
        if (input.value === (p.formulas[r][c] || value)) input.value = value;
      });
      input.addEventListener('change', () => void edit(p, r, c, input.value, input));
      input.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') input.blur();
      });
      control = input;
    }
    control.setAttribute('aria-label', `Sel ${label}`);
    control.setAttribute('data-cell', `${letter(c)}${p.rowNumbers[r]}`);
    control.addEventListener('focus', () => {
      selected = { r, c };
      $<HTMLInputElement>('formula-bar').value = p.formulas[r][c] || value;
      $('cell-ref').textContent = `${letter(c)}${p.rowNumbers[r]}`;
      $('cell-format').textContent =
        `Format: ${p.formats[r][c] || 'otomatis'}${rule && rule.helpText ? ` · ${rule.helpText}` : ''}`;
    });
    const td = el('td');
    if (rule && rule.kind === 'checkbox') td.className = 'cb';
    td.appendChild(control);
    return td;
  }
  function edit(
    p: Page,
    r: number,
    c: number,
    input: string | boolean,
    control: HTMLElement,
  ): Promise<void> {
    type Res = { error: string | null; helpText: string };
    const at = `${letter(c)}${p.rowNumbers[r]}`;
    return api<Res>(`/api/cell${q()}`, {
      sheet: p.name,
      row: p.rowNumbers[r],
      column: c + 1,
      input,
      ss,
    }).then((res) => {
      if (res.error) {
        const msg = `Isian di sel ${at} ditolak: ${res.helpText || 'tidak memenuhi aturan sel ini.'} (${res.error})`;
        return loadPage(p.page).then(() => {
          $('cell-error').textContent = msg;
          const again = document.querySelector(`[data-cell="${at}"]`);
          if (again) again.setAttribute('aria-invalid', 'true');
          if (again) again.setAttribute('aria-describedby', 'cell-error');
          void control;
        });
      }
      return loadPage(p.page).then(() => {
        $('cell-error').textContent = '';
      });
    });
  }
  function renderGrid(p: Page) {
    const grid = $('grid');
    grid.innerHTML = '';
    const head = el('tr');
    head.appendChild(el('th'));
    const width = p.rows[0] ? p.rows[0].length : 0;
    for (let c = 0; c < width; c++) {
      const th = el('th', letter(c));
      th.setAttribute('scope', 'col');
      head.appendChild(th);
    }
    grid.appendChild(head);
    p.rows.forEach((row, r) => {
      const tr = el('tr');
      if (r === 0) tr.className = 'head';
      const th = el('th', String(p.rowNumbers[r]));
      th.className = 'row';
      th.setAttribute('scope', 'row');
      tr.appendChild(th);
      for (let c = 0; c < row.length; c++) tr.appendChild(cellControl(p, r, c));
      grid.appendChild(tr);
    });
    const select = $<HTMLSelectElement>('page');
    select.innerHTML = '';
    for (let i = 1; i <= p.pages; i++) {
      const o = el('option', `${i} dari ${p.pages}`) as HTMLOptionElement;
      o.value = String(i);
      select.appendChild(o);
    }
    select.value = String(p.page);
    $('rows-info').textContent = `${Math.max(0, p.lastRow - 1)} baris data`;
    placeCharts(p);
  }
  /** Embedded charts float over the grid at their anchor cell, as in Sheets. */
  function placeCharts(p: Page) {
    document.querySelectorAll('.sheet-chart').forEach((n) => n.remove());
    const scroller = $('grid').parentElement as HTMLElement;
    (p.charts || []).forEach((chart) => {
      const box = el('div');
      box.className = 'sheet-chart';
      box.setAttribute('data-chart-id', String(chart.id));
      box.setAttribute('data-chart-type', chart.type);
      // The SVG is made by the playground server with every text escaped.
      box.innerHTML = chart.svg;
      // The anchor's row from column A, its column from the header row; a column right of the
      // tab's last one (the grid shows only up to it) is placed past the grid's right edge.
      const table = $('grid');
      const rowCell = document.querySelector(`[data-cell="A${chart.anchorRow}"]`);
      const colCell = document.querySelector(`[data-cell="${letter(chart.anchorColumn - 1)}1"]`);
      const shown = p.rows[0] ? p.rows[0].length : 0;
      // A row past the tab's last one (not shown) is placed where it would be.
      const firstRow = document.querySelector('[data-cell="A1"]');
      const rowTop = firstRow ? (firstRow.parentElement as HTMLElement).offsetTop : 0;
      const rowHeight = firstRow ? (firstRow.parentElement as HTMLElement).offsetHeight : 21;
      const top =
        table.offsetTop +
        (rowCell
          ? (rowCell.parentElement as HTMLElement).offsetTop
          : rowTop + (chart.anchorRow - 1) * rowHeight);
      const left = colCell
        ? table.offsetLeft + (colCell.parentElement as HTMLElement).offsetLeft
        : table.offsetLeft + table.offsetWidth + Math.max(0, chart.anchorColumn - shown - 2) * 150;
      box.style.left = `${left + chart.offsetX}px`;
      box.style.top = `${top + chart.offsetY}px`;
      scroller.appendChild(box);
    });
  }
  function loadPage(n: number): Promise<void> {
    if (!currentTab) return Promise.resolve();
    return api<Page & { error?: string }>(
      `/api/sheet${q(`&name=${encodeURIComponent(currentTab)}&page=${n}`)}`,
    ).then((p) => {
      if (p.error) return void ($('cell-error').textContent = p.error);
      page = p;
      renderGrid(p);
    });
  }
  $('formula-bar').addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || !page || !selected) return;
    const cell = document.querySelector(
      `[data-cell="${letter(selected.c)}${page.rowNumbers[selected.r]}"]`,
    );
    void edit(
      page,
      selected.r,
      selected.c,
      $<HTMLInputElement>('formula-bar').value,
      cell as HTMLElement,
    );
  });
  $<HTMLSelectElement>('page').addEventListener(
    'change',
    () => void loadPage(Number($<HTMLSelectElement>('page').value)),
  );

  // ---- tabs, users, state
  function renderTabs(names: string[]) {
    const bar = $('tabs');
    bar.innerHTML = '';
    names.forEach((name) => {
      const b = el('button', name) as HTMLButtonElement;
      b.type = 'button';
      b.setAttribute('role', 'tab');
      b.setAttribute('aria-selected', String(name === currentTab));
      b.addEventListener('click', () => {
        currentTab = name;
        $('cell-error').textContent = '';
        renderTabs(names);
        void loadPage(1);
      });
      bar.appendChild(b);
    });
  }
  function renderUsers(users: Array<Record<string, string>>) {
    const s = $<HTMLSelectElement>('user-select');
    s.innerHTML = '';
    const add = (value: string, text: string) => {
      const o = el('option', text) as HTMLOptionElement;
      o.value = value;
      s.appendChild(o);
    };
    users.forEach((u) =>
      add(u.email, `${u.name} — ${u.role}${u.kecamatan ? ` ${u.kecamatan}` : ''}`),
    );
    add('tamu@contoh.go.id', 'E-mail tidak dikenal (tamu@contoh.go.id)');
    add('', 'E-mail kosong (tidak terbaca)');
    if (!users.some((u) => u.email === user) && user !== 'tamu@contoh.go.id' && user !== '')
      add(user, user);
    s.value = user;
  }
  function renderSpreadsheets(list: Array<{ id: string; name: string }>) {
    const s = $<HTMLSelectElement>('ss-select');
    s.innerHTML = '';
    list.forEach((b) => {
      const o = el('option', b.name) as HTMLOptionElement;
      o.value = b.id;
      s.appendChild(o);
    });
    s.value = ss;
  }
  $<HTMLSelectElement>('ss-select').addEventListener('change', () => {
    const next = $<HTMLSelectElement>('ss-select').value;
    if (next) params.set('ss', next);
    else params.delete('ss');
    params.delete('tab');
    location.search = params.toString();
  });
  function switchUser(next: string) {
    params.set('user', next);
    if (currentTab) params.set('tab', currentTab);
    location.search = params.toString();
  }
  $<HTMLSelectElement>('user-select').addEventListener('change', () =>
    switchUser($<HTMLSelectElement>('user-select').value),
  );
  $('user-apply').addEventListener('click', () =>
    switchUser($<HTMLInputElement>('user-other').value.trim()),
  );
  function refresh(): Promise<void> {
    type State = {
      menus: Menu[];
      sheets: Array<{ name: string }>;
      spreadsheets: Array<{ id: string; name: string }>;
      users: Array<Record<string, string>>;
    };
    return api<State>(`/api/state${q()}`).then((s) => {
      const names = s.sheets.map((x) => x.name);
      if (!currentTab || names.indexOf(currentTab) < 0)
        currentTab = names.indexOf('Kasus') >= 0 ? 'Kasus' : names[0];
      renderMenus(s.menus);
      renderTabs(names);
      renderUsers(s.users);
      renderSpreadsheets(s.spreadsheets);
      return loadPage(page && page.name === currentTab ? page.page : 1);
    });
  }
  document.addEventListener('click', (e) => {
    const t = e.target as HTMLElement;
    if (!t.closest('#menubar'))
      document.querySelectorAll<HTMLElement>('#menubar .menu').forEach((m) => (m.hidden = true));
  });
  void refresh().then(() => document.body.setAttribute('data-ready', 'true'));
}
