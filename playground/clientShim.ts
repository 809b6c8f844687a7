/**
 * The `google.script.run` stand-in injected into a sidebar page in the playground. It behaves
 * like the real one where the register relies on it: only the bundle's public top-level
 * functions exist on it; arguments must be primitives, plain objects or arrays (a `Date`, a
 * function or a DOM node fails the call, like Apps Script); values make a JSON round trip;
 * success and failure handlers get the user object; every call is its own request (and its own
 * execution, with a fresh id); `google.script.host.close()` closes the sidebar. The host page
 * is told when a call starts and ends (progress, refresh, toasts the call showed).
 */
export function clientShim(user: string, functions: readonly string[]): string {
  const publicFunctions = functions.filter((f) => !f.endsWith('_'));
  return `<script>
(function () {
  var USER = ${JSON.stringify(user).replace(/</g, '\\u003c')};
  var FUNCTIONS = ${JSON.stringify(publicFunctions)};
  var seq = 0;
  function illegal(value, path, seen) {
    if (value === null || value === undefined) return null;
    var t = typeof value;
    if (t === 'string' || t === 'number' || t === 'boolean') return null;
    if (t !== 'object') return path;
    var proto = Object.getPrototypeOf(value);
    if (!(Array.isArray(value) || proto === null || proto === Object.prototype) || 'nodeType' in value) return path;
    if (seen.indexOf(value) >= 0) return path;
    seen.push(value);
    var keys = Object.keys(value);
    for (var i = 0; i < keys.length; i++) {
      var bad = illegal(value[keys[i]], path === '' ? keys[i] : path + '.' + keys[i], seen);
      if (bad !== null) return bad;
    }
    return null;
  }
  function runner(success, failure, userObject) {
    var r = {
      withSuccessHandler: function (f) { return runner(f, failure, userObject); },
      withFailureHandler: function (f) { return runner(success, f, userObject); },
      withUserObject: function (o) { return runner(success, failure, o); }
    };
    FUNCTIONS.forEach(function (name) {
      r[name] = function () {
        var args = Array.prototype.slice.call(arguments);
        var fail = function (message) {
          setTimeout(function () { if (failure) failure(new Error(message), userObject); }, 0);
        };
        for (var i = 0; i < args.length; i++) {
          var bad = illegal(args[i], String(i), []);
          if (bad !== null) return fail('Failed due to illegal value in property: ' + bad);
        }
        seq += 1;
        parent.postMessage({ type: 'wrse-start', name: name }, location.origin);
        var ended = false;
        var end = function (res) {
          if (ended) return;
          ended = true;
          parent.postMessage({ type: 'wrse-ran', name: name, events: (res && res.events) || [], sidebar: (res && res.sidebar) || null }, location.origin);
        };
        fetch('/api/run?user=' + encodeURIComponent(USER) + '&call=' + seq, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ name: name, args: args })
        })
          .then(function (res) { return res.json(); })
          .then(function (res) {
            window.__wrseLastCall = { name: name, execId: res.execId, ms: res.ms };
            if (res.ok) { if (success) success(res.value, userObject); }
            else fail(res.error);
            end(res);
          })
          .catch(function (e) { fail(String(e)); end(null); });
      };
    });
    return r;
  }
  window.google = {
    script: {
      run: runner(null, null, undefined),
      host: {
        close: function () { parent.postMessage({ type: 'wrse-close' }, location.origin); },
        setHeight: function () {},
        setWidth: function () {},
        editor: { focus: function () {} }
      }
    }
  };
})();
</script>`;
}

/** The sidebar page with the stand-in placed first in its head. */
export function withClientShim(html: string, user: string, functions: readonly string[]): string {
  const shim = clientShim(user, functions);
  return /<head>/i.test(html) ? html.replace(/<head>/i, (h) => h + shim) : shim + html;
}
