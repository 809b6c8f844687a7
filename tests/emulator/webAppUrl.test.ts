/**
 * `ScriptApp.getService().getUrl()` by context, as Google answers it:
 * - Class Service (https://developers.google.com/apps-script/reference/script/service#getUrl()):
 *   "Returns the URL of the web app, if it has been deployed; otherwise returns null. If you are
 *   running the development mode web app, this returns the development mode url." `isEnabled()`:
 *   "true if the script is published as a web app; false if not".
 * - Web Apps guide (https://developers.google.com/apps-script/guides/web): the test deployment's
 *   URL ends in `/dev` and only the script's editors can open it; the deployment's URL ends in
 *   `/exec`. Outside a web-app request (editor, menu, sidebar, trigger) live projects get the
 *   `/dev` URL — the stricter answer the emulation takes.
 * - A script owned by a Google Workspace account answers the domain form
 *   `https://script.google.com/a/macros/<domain>/s/<id>/…`.
 */
import { createWorld } from '../../emulator/backend';
import {
  DeploymentsBackend,
  EMULATED_DEPLOYMENT_ID,
  EMULATED_HEAD_DEPLOYMENT_ID,
} from '../../emulator/backend/deployments';
import { bundleFromSource, runEntry } from '../../emulator/runtime';
import { run, serviceWorld } from './servicesHarness';

const EXEC = `https://script.google.com/macros/s/${EMULATED_DEPLOYMENT_ID}/exec`;
const DEV = `https://script.google.com/macros/s/${EMULATED_HEAD_DEPLOYMENT_ID}/dev`;

const url = (g: { ScriptApp: GoogleAppsScript.Script.ScriptApp }) =>
  g.ScriptApp.getService().getUrl();

describe('ScriptApp.getService().getUrl()', () => {
  it('is null, and the service not enabled, before the script is deployed as a web app', () => {
    const w = serviceWorld();
    expect(run(w, url)).toBeNull();
    expect(run(w, url, { webAppRequest: true })).toBeNull();
    expect(run(w, (g) => g.ScriptApp.getService().isEnabled())).toBe(false);
  });

  it('answers the /dev URL outside a web-app request, /exec only inside one', () => {
    const w = serviceWorld();
    expect(w.module<DeploymentsBackend>('deployments').deployWebApp()).toBe(EXEC);
    expect(run(w, url)).toBe(DEV);
    expect(run(w, url, { effectiveUser: 'owner@example.com', user: '' })).toBe(DEV); // trigger
    expect(run(w, url, { webAppRequest: true })).toBe(EXEC);
    expect(run(w, (g) => g.ScriptApp.getService().isEnabled())).toBe(true);
  });

  it('answers the /a/macros/<domain>/ form for a script owned by a Workspace account', () => {
    const w = serviceWorld();
    w.module<DeploymentsBackend>('deployments').deployWebApp({ domain: 'dinsos.example.go.id' });
    expect(run(w, url, { webAppRequest: true })).toBe(
      `https://script.google.com/a/macros/dinsos.example.go.id/s/${EMULATED_DEPLOYMENT_ID}/exec`,
    );
    expect(run(w, url)).toBe(
      `https://script.google.com/a/macros/dinsos.example.go.id/s/${EMULATED_HEAD_DEPLOYMENT_ID}/dev`,
    );
  });

  it('is null again once the deployment is archived', () => {
    const w = serviceWorld();
    const d = w.module<DeploymentsBackend>('deployments');
    d.deployWebApp();
    d.undeploy();
    expect(run(w, url)).toBeNull();
  });

  it('in the shipped-bundle runtime: doGet/doPost runs are web-app requests, others are not', () => {
    const bundle = bundleFromSource(
      [
        'function doGet() { return ScriptApp.getService().getUrl(); }',
        'function doPost() { return ScriptApp.getService().getUrl(); }',
        'function fromMenu() { return ScriptApp.getService().getUrl(); }',
      ].join('\n'),
    );
    const world = createWorld();
    expect(runEntry(world, bundle, 'fromMenu').value).toBeNull();
    expect(runEntry(world, bundle, 'doGet').value).toBeNull();
    world.module<DeploymentsBackend>('deployments').deployWebApp();
    expect(runEntry(world, bundle, 'fromMenu').value).toBe(DEV);
    expect(runEntry(world, bundle, 'doGet').value).toBe(EXEC);
    expect(runEntry(world, bundle, 'doPost').value).toBe(EXEC);
  });

  it('the deployment is part of the saved world', () => {
    const w = serviceWorld();
    w.module<DeploymentsBackend>('deployments').deployWebApp({ domain: 'x.example' });
    const saved = w.snapshot();
    const other = serviceWorld();
    other.restore(saved);
    expect(run(other, url, { webAppRequest: true })).toMatch(/\/a\/macros\/x\.example\/s\//);
  });
});
