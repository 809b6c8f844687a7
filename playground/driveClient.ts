/**
 * The host page's Drive panel, in the browser: the **Drive** button swaps the grid for a tree
 * of the emulated Drive (folders, Docs and PDFs with their owner, and each letter's number,
 * verification code and status from the Agenda Surat tab); a file opens in a new page as it
 * would print (`/drive/<id>`), a code opens the public verification page (`/verifikasi`). Like
 * `hostClient.ts`, it is inlined with `toString()`, so it references nothing outside itself;
 * every name is put into the page as text, never as HTML.
 */
export function driveClient(): void {
  interface Letter {
    number: string;
    type: string;
    status: string;
    code: string;
  }
  interface Entry {
    id: string;
    name: string;
    kind: string;
    owner: string;
    trashed: boolean;
    letter: Letter | null;
    children?: Entry[];
  }
  const $ = (id: string) => document.getElementById(id) as HTMLElement;
  const toggle = $('drive-toggle');
  const panel = $('drive-panel');
  const sheet = document.querySelector('section.sheet') as HTMLElement;
  const user = new URLSearchParams(location.search).get('user');
  const withUser = (path: string) =>
    user === null ? path : `${path}?user=${encodeURIComponent(user)}`;
  const KIND: Record<string, string> = { folder: 'Folder', Dokumen: 'Dokumen', PDF: 'PDF' };

  function cell(tr: HTMLElement, text: string, className = ''): HTMLElement {
    const td = document.createElement('td');
    td.textContent = text;
    if (className) td.className = className;
    tr.appendChild(td);
    return td;
  }
  function link(href: string, text: string): HTMLAnchorElement {
    const a = document.createElement('a');
    a.href = href;
    a.target = '_blank';
    a.rel = 'noopener';
    a.textContent = text;
    return a;
  }
  function row(body: HTMLElement, e: Entry, depth: number, suffix = '') {
    const tr = document.createElement('tr');
    tr.setAttribute('data-drive-name', e.name);
    tr.setAttribute('data-drive-kind', e.kind);
    const name = cell(tr, '', 'name');
    name.style.paddingLeft = `${8 + depth * 18}px`;
    if (e.kind === 'folder') {
      name.textContent = `${e.name}/${suffix}`;
      name.className = 'name folder';
    } else {
      name.appendChild(link(`/drive/${encodeURIComponent(e.id)}`, e.name));
    }
    if (e.trashed) name.appendChild(document.createTextNode(' (di tempat sampah)'));
    cell(tr, KIND[e.kind] ?? e.kind);
    cell(tr, e.owner);
    cell(tr, e.letter ? e.letter.number : '');
    const code = cell(tr, '', 'code');
    if (e.letter && e.letter.code)
      code.appendChild(
        link(`/verifikasi?kode=${encodeURIComponent(e.letter.code)}`, e.letter.code),
      );
    cell(tr, e.letter ? e.letter.status : '');
    body.appendChild(tr);
    (e.children ?? []).forEach((c) => row(body, c, depth + 1));
  }
  function load(): Promise<void> {
    $('drive-status').textContent = 'Memuat isi Drive…';
    return fetch(withUser('/api/drive'))
      .then((r) => r.json() as Promise<{ roots?: Entry[]; error?: string }>)
      .then((res) => {
        const body = $('drive-rows');
        body.innerHTML = '';
        if (res.error) throw new Error(res.error);
        const roots = res.roots ?? [];
        roots.forEach((r) => row(body, r, 0, ` (milik ${r.owner})`));
        $('drive-status').textContent = roots.length
          ? ''
          : 'Drive masih kosong: surat dibuat saat Staf memberi nomor (langkah S09).';
      })
      .catch((e: Error) => {
        $('drive-status').textContent = `Isi Drive tidak dapat dimuat: ${e.message}`;
      });
  }
  function show(open: boolean) {
    panel.hidden = !open;
    sheet.hidden = open;
    toggle.setAttribute('aria-pressed', String(open));
    toggle.textContent = open ? 'Kembali ke tab register' : 'Drive';
    if (open) void load();
  }
  toggle.addEventListener('click', () => show(panel.hidden));
  $('drive-reload').addEventListener('click', () => void load());
  window.addEventListener('message', (e: MessageEvent) => {
    if (e.origin === location.origin && e.data && e.data.type === 'wrse-ran' && !panel.hidden)
      void load();
  });
}
