/**
 * A tiny hand-written stand-in for `dist/Code.js` (ES2019, top-level function declarations
 * only), used by the sandbox, client and concurrency tests before the real build exists.
 */
export const FIXTURE = String.raw`
var loads = 0;
var notADeclaration = function () { return 'hidden'; };

function countLoads() { loads += 1; return loads; }

function whoAmI() { return Session.getActiveUser().getEmail(); }

function globalsPresent(names) {
  return names.filter(function (n) { return typeof globalThis[n] !== 'undefined'; });
}

function realmChecks(d, list) {
  return {
    argDate: d instanceof Date,
    argArray: list instanceof Array,
    digestIsArray: Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, 'a') instanceof Array,
    keysIsArray: PropertiesService.getScriptProperties().getKeys() instanceof Array,
    triggersIsArray: Array.isArray(ScriptApp.getProjectTriggers())
  };
}

function clock() { return [new Date().getTime(), Date.now(), new Date(0).getTime()]; }

function failAfterWrite() {
  PropertiesService.getScriptProperties().setProperty('before', 'kept');
  throw new Error('gagal menyimpan');
}

function holdLockAndFail() {
  LockService.getScriptLock().waitLock(100);
  throw new Error('gagal');
}

function sidebarContent() {
  return HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Register').getContent();
}

function logSomething() { Logger.log('halo %s', 'dunia'); console.error('ups'); }

function echo(v) { return v; }

function typesOf(args) { return args.map(function (a) { return a === null ? 'null' : typeof a; }); }

function returnDate() { return { when: new Date(0), n: 1 }; }

function returnPlain() { return { a: [1, 'x', null], b: { c: true } }; }

function boom() { throw new Error('server exploded'); }

function secret_() { return 'private'; }

function incrementLocked(sleepMs) {
  var lock = LockService.getScriptLock();
  lock.waitLock(30000);
  try {
    var p = PropertiesService.getScriptProperties();
    var n = Number(p.getProperty('counter') || 0);
    Utilities.sleep(sleepMs);
    p.setProperty('counter', String(n + 1));
  } finally {
    lock.releaseLock();
  }
}

function incrementUnlocked(sleepMs) {
  var p = PropertiesService.getScriptProperties();
  var n = Number(p.getProperty('counter') || 0);
  Utilities.sleep(sleepMs);
  p.setProperty('counter', String(n + 1));
}

function holdScriptLock(ms) {
  LockService.getScriptLock().waitLock(5000);
  PropertiesService.getScriptProperties().setProperty('held', 'yes');
  Utilities.sleep(ms);
  return 'held';
}

function waitUntilHeld_() {
  var p = PropertiesService.getScriptProperties();
  for (var i = 0; i < 400 && p.getProperty('held') !== 'yes'; i++) Utilities.sleep(5);
}

function tryScriptLock(ms) {
  waitUntilHeld_();
  var start = Date.now();
  var got = LockService.getScriptLock().tryLock(ms);
  return { got: got, waited: Date.now() - start };
}

function waitScriptLock(ms) {
  waitUntilHeld_();
  LockService.getScriptLock().waitLock(ms);
  return 'got it';
}

function sleepFor(ms) { var s = Date.now(); Utilities.sleep(ms); return Date.now() - s; }
`;
