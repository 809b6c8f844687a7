/**
 * The playground's host page: a spreadsheet-like view of the register (tabs as a grid), the
 * WRSE menu as the add-on adds it, the sidebar the bundle opens in a 300 px frame, alerts and
 * toasts, and a user switcher. Everything it shows comes from the emulated register.
 */
export function hostPage(): string {
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Register WRSE — playground</title>
<style>
  * { box-sizing: border-box; }
  body { margin: 0; font: 13px Arial, Helvetica, sans-serif; color: #202124; display: flex; flex-direction: column; height: 100vh; }
  header { display: flex; gap: 12px; align-items: center; padding: 6px 12px; border-bottom: 1px solid #dadce0; background: #f8f9fa; }
  header h1 { font-size: 15px; margin: 0; font-weight: normal; }
  .demo { background: #fef7e0; color: #7a5b00; padding: 2px 8px; border-radius: 8px; font-size: 12px; }
  nav.menubar { position: relative; }
  nav.menubar > button { background: none; border: 0; padding: 4px 8px; font: inherit; cursor: pointer; }
  nav.menubar > button[aria-expanded="true"], nav.menubar > button:hover { background: #e8eaed; }
  .menu { position: absolute; z-index: 5; background: #fff; border: 1px solid #dadce0; box-shadow: 0 2px 6px rgba(0,0,0,.2); min-width: 200px; padding: 4px 0; }
  .menu button { display: block; width: 100%; text-align: left; background: none; border: 0; padding: 6px 16px; font: inherit; cursor: pointer; }
  .menu button:hover, .menu button:focus { background: #e8f0fe; }
  .menu hr { border: 0; border-top: 1px solid #dadce0; margin: 4px 0; }
  label.user { margin-left: auto; }
  main { flex: 1; display: flex; min-height: 0; }
  .sheet { flex: 1; overflow: auto; }
  table.grid { border-collapse: collapse; }
  table.grid td, table.grid th { border: 1px solid #e2e3e3; padding: 2px 6px; white-space: nowrap; max-width: 260px; overflow: hidden; text-overflow: ellipsis; }
  table.grid th { background: #f8f9fa; color: #5f6368; font-weight: normal; position: sticky; top: 0; }
  table.grid tr:first-child td { font-weight: bold; background: #dfe8f5; }
  aside { width: 300px; border-left: 1px solid #dadce0; display: flex; flex-direction: column; }
  aside .title { display: flex; justify-content: space-between; align-items: center; padding: 8px 12px; border-bottom: 1px solid #dadce0; font-size: 15px; }
  aside iframe { flex: 1; border: 0; width: 300px; }
  footer.tabs { display: flex; gap: 2px; padding: 0 8px; border-top: 1px solid #dadce0; background: #f8f9fa; overflow-x: auto; }
  footer.tabs button { border: 0; background: none; padding: 6px 12px; font: inherit; cursor: pointer; white-space: nowrap; }
  footer.tabs button[aria-selected="true"] { background: #fff; color: #1a73e8; border-bottom: 2px solid #1a73e8; }
  #toasts { position: fixed; right: 16px; bottom: 48px; display: flex; flex-direction: column; gap: 8px; }
  .toast { background: #323232; color: #fff; padding: 10px 16px; border-radius: 4px; max-width: 360px; }
  dialog { max-width: 480px; white-space: pre-wrap; }
</style>
</head>
<body>
<header>
  <h1>Register WRSE</h1><span class="demo">CONTOH — data sintetis</span>
  <nav class="menubar" id="menubar" aria-label="Menu add-on"></nav>
  <label class="user">Bertindak sebagai
    <input id="user" list="users" size="30" aria-describedby="user-help">
    <datalist id="users"></datalist>
  </label>
  <span id="user-help" class="demo">kosongkan = e-mail tidak terbaca</span>
</header>
<main>
  <section class="sheet" aria-label="Isi tab"><table class="grid" id="grid"></table></section>
  <aside id="sidebar" hidden aria-label="Sidebar">
    <div class="title"><span id="sidebar-title"></span><button id="sidebar-close" aria-label="Tutup sidebar">✕</button></div>
    <iframe id="sidebar-frame" title="Sidebar"></iframe>
  </aside>
</main>
<footer class="tabs" id="tabs" role="tablist" aria-label="Tab register"></footer>
<div id="toasts" role="status" aria-live="polite"></div>
<dialog id="alert"><h2 id="alert-title"></h2><p id="alert-message"></p><form method="dialog"><button>OK</button></form></dialog>
<script>
(function () {
  var params = new URLSearchParams(location.search);
  var user = params.has('user') ? params.get('user') : '${'admin@dinsos.contoh.go.id'}';
  var state = null, currentTab = null;
  var $ = function (id) { return document.getElementById(id); };
  $('user').value = user;
  $('user').addEventListener('change', function () {
    params.set('user', $('user').value.trim()); location.search = params.toString();
  });
  function q() { return '?user=' + encodeURIComponent(user); }
  function text(el, t) { el.textContent = t; return el; }
  function showEvents(events) {
    (events || []).forEach(function (e) {
      if (e.kind === 'toast') {
        var t = text(document.createElement('div'), (e.title ? e.title + ': ' : '') + e.message);
        t.className = 'toast'; $('toasts').appendChild(t);
        setTimeout(function () { t.remove(); }, 5000);
      } else {
        text($('alert-title'), e.title || 'Register WRSE'); text($('alert-message'), e.message);
        $('alert').showModal();
      }
    });
  }
  function renderMenus() {
    var bar = $('menubar'); bar.innerHTML = '';
    state.menus.forEach(function (m) {
      var b = text(document.createElement('button'), m.caption);
      b.setAttribute('aria-haspopup', 'true'); b.setAttribute('aria-expanded', 'false');
      var list = document.createElement('div'); list.className = 'menu'; list.hidden = true; list.setAttribute('role', 'menu');
      m.items.forEach(function (i) {
        if (i.kind === 'separator') { list.appendChild(document.createElement('hr')); return; }
        var ib = text(document.createElement('button'), i.caption); ib.setAttribute('role', 'menuitem');
        ib.addEventListener('click', function () { list.hidden = true; b.setAttribute('aria-expanded', 'false'); runMenu(i.functionName); });
        list.appendChild(ib);
      });
      b.addEventListener('click', function () { list.hidden = !list.hidden; b.setAttribute('aria-expanded', String(!list.hidden)); });
      bar.appendChild(b); bar.appendChild(list);
    });
  }
  function renderTabs() {
    var bar = $('tabs'); bar.innerHTML = '';
    state.sheets.forEach(function (s) {
      var b = text(document.createElement('button'), s.name); b.setAttribute('role', 'tab');
      b.setAttribute('aria-selected', String(s.name === currentTab));
      b.addEventListener('click', function () { currentTab = s.name; renderTabs(); renderGrid(); });
      bar.appendChild(b);
    });
  }
  function renderGrid() {
    var s = state.sheets.filter(function (x) { return x.name === currentTab; })[0];
    var grid = $('grid'); grid.innerHTML = '';
    if (!s) return;
    var head = document.createElement('tr'); head.appendChild(document.createElement('th'));
    for (var c = 0; c < (s.values[0] || []).length; c++) head.appendChild(text(document.createElement('th'), String.fromCharCode(65 + (c % 26))));
    grid.appendChild(head);
    s.values.forEach(function (row, r) {
      var tr = document.createElement('tr'); tr.appendChild(text(document.createElement('th'), String(r + 1)));
      row.forEach(function (v) { tr.appendChild(text(document.createElement('td'), v)); });
      grid.appendChild(tr);
    });
    var users = $('users'); users.innerHTML = '';
    (state.sheets.filter(function (x) { return x.name === 'Pengguna'; })[0] || { values: [] }).values.slice(1).forEach(function (r) {
      var o = document.createElement('option'); o.value = r[0]; o.label = r[1] + ' — ' + r[5]; users.appendChild(o);
    });
  }
  function refresh(events) {
    return fetch('/api/state' + q()).then(function (r) { return r.json(); }).then(function (s) {
      state = s; if (!currentTab && s.sheets[0]) currentTab = s.sheets[0].name;
      renderMenus(); renderTabs(); renderGrid(); showEvents(events);
    });
  }
  var sidebarSeq = 0;
  function runMenu(fn) {
    fetch('/api/menu' + q(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ fn: fn }) })
      .then(function (r) { return r.json(); })
      .then(function (res) {
        if (res.error) showEvents([{ kind: 'alert', title: 'Galat skrip', message: res.error }]);
        if (res.sidebar && res.sidebar.seq !== sidebarSeq) {
          sidebarSeq = res.sidebar.seq; text($('sidebar-title'), res.sidebar.title);
          $('sidebar-frame').src = '/sidebar' + q() + '&seq=' + sidebarSeq; $('sidebar').hidden = false;
        }
        return refresh(res.events);
      });
  }
  $('sidebar-close').addEventListener('click', function () { $('sidebar').hidden = true; });
  window.addEventListener('message', function (e) {
    if (e.origin !== location.origin) return;
    if (e.data && e.data.type === 'wrse-close') $('sidebar').hidden = true;
    if (e.data && e.data.type === 'wrse-ran') refresh([]);
  });
  refresh([]);
})();
</script>
</body>
</html>`;
}
