/**
 * Renders a letter to a complete HTML document with the PRECOMPILED templates of
 * `templates.generated.ts` (made by `scripts/gen-templates.mjs`): only the handlebars runtime is
 * bundled, never the compiler, and nothing is compiled from strings at run time.
 * Shared pieces (kop, signature, member table, verification) are templates named `_<name>.hbs`
 * rendered by the `part` helper: `{{part "kop" kop}}`.
 */
import Handlebars from 'handlebars/runtime';
import { LETTER_HELPERS } from './helpers';
import { TEMPLATE_SPECS } from './templates.generated';
import type { LetterKind, LetterViews } from './types';

type Env = ReturnType<typeof Handlebars.create>;
type Spec = Parameters<Env['template']>[0];
type Template = (context: unknown) => string;

/** The template file (without `.hbs`) of each letter kind. */
export const TEMPLATE_OF: Readonly<Record<LetterKind, string>> = {
  disposisi: 'disposisi',
  rekomendasi: 'rekomendasi',
  skt: 'skt',
  bast: 'bast',
  pengembalian: 'pengembalian',
  penolakan: 'pengembalian',
};

let loaded: Record<string, Template> | null = null;

/** Templates are made on first use (no work at load: Apps Script runs top-level code each call). */
function templates(): Record<string, Template> {
  if (loaded) return loaded;
  const env: Env = Handlebars.create();
  const all: Record<string, Template> = {};
  for (const name of Object.keys(TEMPLATE_SPECS)) {
    all[name] = env.template(TEMPLATE_SPECS[name] as Spec) as Template;
  }
  env.registerHelper(LETTER_HELPERS);
  env.registerHelper('part', (name: unknown, context: unknown) => {
    const t = all[`_${String(name)}`];
    if (!t) throw new Error(`Bagian surat tidak dikenal: ${String(name)}`);
    return new env.SafeString(t(context));
  });
  loaded = all;
  return all;
}

/**
 * The letter as one HTML document (A4, inline CSS, no external resource). User data in the
 * view is escaped by the templates.
 */
export function renderLetter<K extends LetterKind>(kind: K, view: LetterViews[K]): string {
  const name = TEMPLATE_OF[kind];
  const t = name ? templates()[name] : undefined;
  if (!t) throw new Error(`Jenis surat tidak dikenal: ${String(kind)}`);
  return `<!DOCTYPE html>\n${t(view)}`;
}

/** Names of the templates available (letters and `_` parts). */
export function templateNames(): string[] {
  return Object.keys(TEMPLATE_SPECS).sort();
}

/** A report (not a letter: no number) rendered from its template `templates/<name>.hbs`. */
export function renderReport(name: 'rekap' | 'berkas', view: unknown): string {
  const t = templates()[name];
  if (!t) throw new Error(`Templat laporan tidak dikenal: ${name}`);
  return `<!DOCTYPE html>\n${t(view)}`;
}
