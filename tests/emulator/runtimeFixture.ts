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

// Lock contention without wall-clock races: the holder keeps the lock until the contender has
// tried (\`untilTried\`), and the contender starts trying only once the lock is held, however
// slowly a loaded machine starts either worker (each wait gives up after 60 s).
function holdScriptLock(ms, untilTried) {
  LockService.getScriptLock().waitLock(60000);
  var p = PropertiesService.getScriptProperties();
  p.setProperty('held', 'yes');
  Utilities.sleep(ms);
  for (var i = 0; untilTried && i < 12000 && p.getProperty('tried') !== 'yes'; i++) Utilities.sleep(5);
  return 'held';
}

function waitUntilHeld_() {
  var p = PropertiesService.getScriptProperties();
  for (var i = 0; i < 12000 && p.getProperty('held') !== 'yes'; i++) Utilities.sleep(5);
}

function tryScriptLock(ms) {
  waitUntilHeld_();
  var start = Date.now();
  var got = LockService.getScriptLock().tryLock(ms);
  PropertiesService.getScriptProperties().setProperty('tried', 'yes');
  return { got: got, waited: Date.now() - start };
}

function waitScriptLock(ms) {
  waitUntilHeld_();
  try {
    LockService.getScriptLock().waitLock(ms);
  } finally {
    PropertiesService.getScriptProperties().setProperty('tried', 'yes');
  }
  return 'got it';
}

// Two executions that can only both return true if they run at the same time: each says it is
// here, then waits (at most 60 s) for the other to say so too.
function meet(me, other) {
  var p = PropertiesService.getScriptProperties();
  p.setProperty('here.' + me, 'yes');
  for (var i = 0; i < 12000; i++) {
    if (p.getProperty('here.' + other) === 'yes') return true;
    Utilities.sleep(5);
  }
  return false;
}

function sleepFor(ms) { var s = Date.now(); Utilities.sleep(ms); return Date.now() - s; }
`;
