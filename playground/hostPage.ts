/**
 * The playground's host page: a spreadsheet-like view of the register (each tab a paged grid of
 * editable cells with drop-downs and checkboxes), the WRSE menu as the add-on adds it, the
 * sidebar the bundle opens in a 300 px frame, alerts, prompts and toasts, a progress line while
 * an execution runs, the user switcher, the Drive panel (`driveClient.ts`) and a field that opens
 * the public verification page for a code. Polite Indonesian; no external resource; the
 * behaviour is `hostClient.ts` and `driveClient.ts`, inlined.
 */
import { driveClient } from './driveClient';
import { hostClient } from './hostClient';
import { DEMO_ADMIN } from './demoData';

const STYLE = `
  * { box-sizing: border-box; }
  [hidden] { display: none !important; }
  body { margin: 0; font: 13px Arial, Helvetica, sans-serif; color: #202124; display: flex; flex-direction: column; height: 100vh; }
  header { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: center; padding: 6px 12px; border-bottom: 1px solid #dadce0; background: #f8f9fa; }
  header h1 { font-size: 15px; margin: 0; font-weight: normal; }
  .demo { background: #fef7e0; color: #6b4f00; padding: 2px 8px; border-radius: 8px; font-size: 12px; }
  nav.menubar { position: relative; }
  nav.menubar > button { background: none; border: 0; padding: 4px 8px; font: inherit; cursor: pointer; }
  nav.menubar > button[aria-expanded="true"], nav.menubar > button:hover, nav.menubar > button:focus { background: #e8eaed; }
  .menu { position: absolute; z-index: 5; background: #fff; border: 1px solid #dadce0; box-shadow: 0 2px 6px rgba(0,0,0,.2); min-width: 220px; padding: 4px 0; }
  .menu button { display: block; width: 100%; text-align: left; background: none; border: 0; padding: 6px 16px; font: inherit; cursor: pointer; }
  .menu button:hover, .menu button:focus { background: #e8f0fe; }
  .menu hr { border: 0; border-top: 1px solid #dadce0; margin: 4px 0; }
  .switcher { margin-left: auto; display: flex; gap: 6px; align-items: center; }
  #progress { background: #e8f0fe; color: #174ea6; padding: 2px 10px; border-radius: 8px; }
  .toolbar { display: flex; gap: 12px; align-items: center; padding: 4px 12px; border-bottom: 1px solid #dadce0; }
  #cell-ref { font-weight: bold; min-width: 48px; }
  #cell-format { max-width: 260px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  #rows-info { white-space: nowrap; }
  #cell-error { color: #b3261e; }
  main { flex: 1; display: flex; min-height: 0; }
  .sheet { flex: 1; display: flex; flex-direction: column; min-width: 0; }
  .scroll { flex: 1; overflow: auto; position: relative; }
  .sheet-chart { position: absolute; z-index: 2; box-shadow: 0 1px 3px rgba(0,0,0,.3); background: #fff; }
  table.grid { border-collapse: collapse; }
  table.grid td, table.grid th { border: 1px solid #e2e3e3; padding: 0; white-space: nowrap; }
  table.grid th { background: #f8f9fa; color: #5f6368; font-weight: normal; position: sticky; top: 0; padding: 2px 6px; z-index: 1; }
  table.grid th.row { position: sticky; left: 0; min-width: 40px; }
  table.grid input[type=text], table.grid select { border: 0; font: inherit; padding: 2px 6px; width: 150px; background: transparent; }
  table.grid input.num { text-align: right; }
  table.grid tr.head input { font-weight: bold; background: #dfe8f5; }
  table.grid td.cb { text-align: center; }
  table.grid [aria-invalid="true"] { outline: 2px solid #b3261e; }
  table.grid input:focus, table.grid select:focus { outline: 2px solid #1a73e8; }
  aside { width: 302px; border-left: 1px solid #dadce0; display: flex; flex-direction: column; }
  aside .title { display: flex; justify-content: space-between; align-items: center; padding: 8px 12px; border-bottom: 1px solid #dadce0; font-size: 15px; }
  aside iframe { flex: 1; border: 0; width: 300px; }
  footer.tabs { display: flex; gap: 2px; padding: 0 8px; border-top: 1px solid #dadce0; background: #f8f9fa; overflow-x: auto; }
  footer.tabs button { border: 0; background: none; padding: 6px 12px; font: inherit; cursor: pointer; white-space: nowrap; }
  footer.tabs button[aria-selected="true"] { background: #fff; color: #1a73e8; border-bottom: 2px solid #1a73e8; }
  #toasts { position: fixed; right: 16px; bottom: 48px; display: flex; flex-direction: column; gap: 8px; }
  .toast { background: #323232; color: #fff; padding: 10px 16px; border-radius: 4px; max-width: 360px; }
  dialog { max-width: 480px; }
  dialog p { white-space: pre-wrap; }
  dialog menu { display: flex; gap: 8px; justify-content: flex-end; padding: 0; }
  #verify-form { display: flex; gap: 6px; align-items: center; }
  #verify-code { width: 110px; font-family: monospace; }
  .drive { flex: 1; overflow: auto; padding: 8px 12px; }
  .drive h2 { font-size: 15px; font-weight: normal; margin: 4px 0; }
  .drive p { margin: 4px 0 8px; color: #5f6368; }
  table.tree { border-collapse: collapse; width: 100%; }
  table.tree th, table.tree td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #e8eaed; white-space: nowrap; }
  table.tree th { background: #f8f9fa; color: #5f6368; font-weight: normal; position: sticky; top: 0; }
  table.tree td.name { white-space: normal; }
  table.tree td.folder { font-weight: bold; }
  table.tree td.code a { font-family: monospace; }
`;

export function hostPage(): string {
  const config = JSON.stringify({ defaultUser: DEMO_ADMIN }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Register WRSE — playground (contoh)</title>
<style>${STYLE}</style>
</head>
<body>
<header>
  <h1>Register WRSE</h1><span class="demo">CONTOH — data sintetis</span>
  <nav class="menubar" id="menubar" aria-label="Menu add-on"></nav>
  <span id="progress" role="status" aria-live="polite" hidden>Sedang menjalankan skrip…</span>
  <button id="drive-toggle" type="button" aria-pressed="false" aria-controls="drive-panel">Drive</button>
  <form id="verify-form" action="/verifikasi" method="get" target="_blank">
    <label for="verify-code">Verifikasi kode</label>
    <input id="verify-code" name="kode" placeholder="ABCDE-FGHJK" required>
    <button type="submit">Periksa</button>
  </form>
  <div class="switcher">
    <label for="user-select">Bertindak sebagai</label>
    <select id="user-select"></select>
    <label for="user-other">atau e-mail lain</label>
    <input id="user-other" type="email" size="22" placeholder="nama@contoh.go.id">
    <button id="user-apply" type="button">Pakai</button>
    <label for="ss-select">Spreadsheet</label>
    <select id="ss-select"></select>
  </div>
</header>
<main>
  <section class="sheet" aria-label="Isi tab">
    <div class="toolbar">
      <span id="cell-ref" aria-label="Sel terpilih"></span>
      <label for="formula-bar">Isi sel</label>
      <input id="formula-bar" size="40" placeholder="pilih sel, ketik isi, lalu Enter">
      <span id="cell-format"></span>
      <label for="page">Halaman</label> <select id="page"></select>
      <span id="rows-info"></span>
      <span id="cell-error" role="alert"></span>
    </div>
    <div class="scroll"><table class="grid" id="grid"></table></div>
  </section>
  <section class="drive" id="drive-panel" hidden aria-labelledby="drive-title">
    <h2 id="drive-title">Drive (emulasi): folder dan berkas surat</h2>
    <p>Seluruh isi Drive emulasi, per pemilik. Klik berkas untuk membukanya seperti hasil cetak (halaman baru); klik kode untuk halaman verifikasi publik. <button id="drive-reload" type="button">Muat ulang</button></p>
    <p id="drive-status" role="status" aria-live="polite"></p>
    <table class="tree">
      <thead><tr><th scope="col">Nama</th><th scope="col">Jenis</th><th scope="col">Pemilik</th><th scope="col">Nomor surat</th><th scope="col">Kode verifikasi</th><th scope="col">Status</th></tr></thead>
      <tbody id="drive-rows"></tbody>
    </table>
  </section>
  <aside id="sidebar" hidden aria-label="Sidebar">
    <div class="title"><span id="sidebar-title"></span><button id="sidebar-close" type="button" aria-label="Tutup sidebar">✕</button></div>
    <iframe id="sidebar-frame" title="Sidebar add-on"></iframe>
  </aside>
</main>
<footer class="tabs" id="tabs" role="tablist" aria-label="Tab register"></footer>
<div id="toasts" role="status" aria-live="polite"></div>
<dialog id="dialog" aria-labelledby="dialog-title">
  <form method="dialog">
    <h2 id="dialog-title"></h2>
    <p id="dialog-message"></p>
    <p id="dialog-answer-row" hidden><label for="dialog-answer">Jawaban Anda</label><br><input id="dialog-answer" size="40"></p>
    <menu id="dialog-buttons"></menu>
  </form>
</dialog>
<script>(${hostClient.toString()})(${config});</script>
<script>(${driveClient.toString()})();</script>
</body>
</html>`;
}
