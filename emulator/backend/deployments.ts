/**
 * The script project's web-app deployment on Google's side: none until someone deploys it
 * (Deploy › New deployment › Web app), then one versioned deployment (`/exec`) and the head
 * deployment every editor can test (`/dev`). The owner's account decides the URL's form: a
 * Google Workspace account gets `https://script.google.com/a/macros/<domain>/s/<id>/…`, a
 * consumer account `https://script.google.com/macros/s/<id>/…`.
 *
 * What `ScriptApp.getService().getUrl()` answers from this depends on the execution (see the
 * facade in `gas/services/scriptApp.ts`).
 */
import type { BackendModule } from './world';

export interface WebAppDeployment {
  /** The versioned deployment's id (the `/exec` URL's). */
  deploymentId: string;
  /** The head deployment's id (the `/dev` URL's, the same for every editor). */
  headDeploymentId: string;
  /** The owner's Google Workspace domain, or null for a consumer (gmail.com) account. */
  domain: string | null;
}

/** Ids as Apps Script shows them ("AKfycb…"); made up, deterministic. */
export const EMULATED_DEPLOYMENT_ID = 'AKfycbEmulatedVersionedDeployment0001';
export const EMULATED_HEAD_DEPLOYMENT_ID = 'AKfycbEmulatedHeadDeployment00000001';

/** The URL of a deployment ending in `/exec` or `/dev`, in the owner's account's form. */
export function webAppUrl(d: WebAppDeployment, end: 'exec' | 'dev'): string {
  const id = end === 'exec' ? d.deploymentId : d.headDeploymentId;
  const prefix = d.domain
    ? `https://script.google.com/a/macros/${d.domain}/s/`
    : 'https://script.google.com/macros/s/';
  return `${prefix}${id}/${end}`;
}

export class DeploymentsBackend implements BackendModule {
  readonly name: string;
  private webApp: WebAppDeployment | null;

  constructor() {
    this.name = 'deployments';
    this.webApp = null;
  }

  // ---- host side: tests and the playground -------------------------------------------------

  /** Deploys the project as a web app (as its owner would); returns the `/exec` URL. */
  deployWebApp(options: Partial<WebAppDeployment> = {}): string {
    this.webApp = {
      deploymentId: options.deploymentId ?? EMULATED_DEPLOYMENT_ID,
      headDeploymentId: options.headDeploymentId ?? EMULATED_HEAD_DEPLOYMENT_ID,
      domain: options.domain ?? null,
    };
    return webAppUrl(this.webApp, 'exec');
  }

  /** Archives the web-app deployment (none left). */
  undeploy(): void {
    this.webApp = null;
  }

  current(): WebAppDeployment | null {
    return this.webApp ? { ...this.webApp } : null;
  }

  // ---- the wire ----------------------------------------------------------------------------

  handle(op: string): unknown {
    if (op === 'webApp') return this.current();
    throw new Error(`Apps Script emulation: deployments.${op} is not an operation.`);
  }

  snapshot(): unknown {
    return { webApp: this.webApp };
  }

  restore(state: unknown): void {
    const s = (state ?? {}) as { webApp?: WebAppDeployment | null };
    this.webApp = s.webApp ?? null;
  }
}
