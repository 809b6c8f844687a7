/**
 * `HtmlService`: `HtmlOutput` pages (inline or from the project's HTML files — the shipped
 * `dist/*.html`, given to the runtime as `options.files`), their title, size, sandbox and
 * X-Frame options and meta tags. The `Ui` reads a page's state to record what it shows.
 * Templates are accepted only without scriptlets (`<? … ?>` is not emulated).
 */
import { guard } from '../../core/guard';
import type { FacadeContext } from '../context';
import { enumName, makeEnum } from './enums';

const S = 'HtmlService';

export const SandboxMode = makeEnum('SandboxMode', ['EMULATED', 'IFRAME', 'NATIVE']);
export const XFrameOptionsMode = makeEnum('XFrameOptionsMode', ['ALLOWALL', 'DEFAULT']);

/** What a page holds; the `Ui` records it when the page is shown. */
export interface HtmlState {
  content: string;
  title: string;
  width: number | null;
  height: number | null;
  sandboxMode: string;
  xFrameOptionsMode: string;
  metaTags: Array<{ name: string; content: string }>;
}

const states = new WeakMap<object, HtmlState>();

/** The state of an `HtmlOutput` built by this facade, or undefined for anything else. */
export function htmlStateOf(value: unknown): HtmlState | undefined {
  return value && typeof value === 'object' ? states.get(value) : undefined;
}

function readFile(ctx: FacadeContext, filename: string): string {
  const files = ctx.options.files ?? {};
  const name = String(filename).replace(/\.html$/, '');
  const text = files[name] ?? files[`${name}.html`];
  if (text === undefined) throw new Error(`No HTML file named ${name} was found.`);
  return text;
}

function createOutput(ctx: FacadeContext, html: string): GoogleAppsScript.HTML.HtmlOutput {
  const st: HtmlState = {
    content: html,
    title: '',
    width: null,
    height: null,
    sandboxMode: 'IFRAME',
    xFrameOptionsMode: 'DEFAULT',
    metaTags: [],
  };
  const charge = (m: string) => ctx.charge(S, `HtmlOutput.${m}`, 'local');
  const output = {
    /**
     * What crosses the wire when a web app's `doGet` returns this output: the page Apps Script
     * would serve (title and HTML), so the runtime and the playground can show it.
     */
    toJSON: () => ({ kind: 'HtmlOutput', title: st.title, content: st.content }),
    getContent: () => (charge('getContent'), st.content),
    setContent(content: string) {
      charge('setContent');
      st.content = String(content);
      return self;
    },
    append(addedContent: string) {
      charge('append');
      st.content += String(addedContent);
      return self;
    },
    appendUntrusted(addedContent: string) {
      charge('appendUntrusted');
      st.content += String(addedContent).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
      return self;
    },
    clear() {
      charge('clear');
      st.content = '';
      return self;
    },
    getTitle: () => (charge('getTitle'), st.title),
    setTitle(title: string) {
      charge('setTitle');
      st.title = String(title);
      return self;
    },
    getWidth: () => (charge('getWidth'), st.width),
    setWidth(width: number) {
      charge('setWidth');
      st.width = Number(width);
      return self;
    },
    getHeight: () => (charge('getHeight'), st.height),
    setHeight(height: number) {
      charge('setHeight');
      st.height = Number(height);
      return self;
    },
    setSandboxMode(mode: unknown) {
      charge('setSandboxMode');
      st.sandboxMode = enumName(mode);
      return self;
    },
    setXFrameOptionsMode(mode: unknown) {
      charge('setXFrameOptionsMode');
      st.xFrameOptionsMode = enumName(mode);
      return self;
    },
    addMetaTag(name: string, content: string) {
      charge('addMetaTag');
      st.metaTags.push({ name: String(name), content: String(content) });
      return self;
    },
    getMetaTags: () => {
      charge('getMetaTags');
      return st.metaTags.map((m) =>
        guard({ getName: () => m.name, getContent: () => m.content }, 'HtmlOutputMetaTag'),
      );
    },
  };
  const self = guard(output, 'HtmlOutput') as unknown as GoogleAppsScript.HTML.HtmlOutput;
  states.set(self, st);
  return self;
}

function createTemplate(ctx: FacadeContext, html: string): GoogleAppsScript.HTML.HtmlTemplate {
  const template = {
    getRawContent: () => (ctx.charge(S, 'HtmlTemplate.getRawContent', 'local'), html),
    evaluate() {
      ctx.charge(S, 'HtmlTemplate.evaluate', 'html');
      if (/<\?/.test(html)) {
        throw new Error('Apps Script emulation: HtmlTemplate scriptlets (<? ?>) are not emulated.');
      }
      return createOutput(ctx, html);
    },
  };
  return guard(template, 'HtmlTemplate') as unknown as GoogleAppsScript.HTML.HtmlTemplate;
}

export function createHtmlService(ctx: FacadeContext): GoogleAppsScript.HTML.HtmlService {
  const service = {
    SandboxMode,
    XFrameOptionsMode,
    createHtmlOutput(html?: unknown) {
      ctx.charge(S, 'HtmlService.createHtmlOutput', 'html');
      return createOutput(ctx, html == null ? '' : String(html));
    },
    createHtmlOutputFromFile(filename: string) {
      ctx.charge(S, 'HtmlService.createHtmlOutputFromFile', 'html');
      return createOutput(ctx, readFile(ctx, filename));
    },
    createTemplate(html: string) {
      ctx.charge(S, 'HtmlService.createTemplate', 'html');
      return createTemplate(ctx, String(html));
    },
    createTemplateFromFile(filename: string) {
      ctx.charge(S, 'HtmlService.createTemplateFromFile', 'html');
      return createTemplate(ctx, readFile(ctx, filename));
    },
  };
  return guard(service, S) as unknown as GoogleAppsScript.HTML.HtmlService;
}
