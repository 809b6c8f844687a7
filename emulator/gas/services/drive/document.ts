/**
 * `DocumentApp.openById(id)`: the Document as loaded when opened (`getId`, `getName`,
 * `getUrl`, `getBody().getText()`, `saveAndClose`). A Doc converted from HTML reads as the text
 * of that HTML, one line per paragraph, heading, list item or table cell — each line is a
 * paragraph here.
 *
 * Editing, as far as a script needs to put an image where a placeholder stands:
 * `Body.findText(pattern)` → `RangeElement` → `getElement()` (the `Text`) → `getParent()` (its
 * `Paragraph`) → `clear()`, `appendInlineImage(blob)` → `InlineImage.setWidth/setHeight`. Edits are
 * kept by the execution and written by `saveAndClose()` (Class Document: "Saves the current
 * Document. Causes pending updates to be flushed and applied."); afterwards the document is
 * closed and every further call throws. The emulation does not save an unsaved document at the
 * end of the execution (stricter than Google, which does): call `saveAndClose()`.
 *
 * Scope: Google's reference lists `https://www.googleapis.com/auth/documents` (or
 * `documents.currentonly` for a script bound to the document) for every member used here.
 */
import { guard } from '../../../core/guard';
import type { BlobData } from '../../../backend/drive';
import type { FacadeContext } from '../../context';
import { readBlob } from './blob';
import { driveOp } from './shared';

const S = 'DocumentApp';
/** ⚠ the message live scripts report for a call on a document after `saveAndClose()`. */
const CLOSED = 'Document is closed, its contents cannot be updated.';

interface Opened {
  id: string;
  name: string;
  text: string;
  url: string;
}

interface Image {
  b64: string;
  contentType: string;
  width: number;
  height: number;
}

interface ParagraphState {
  /** The paragraph's text when the document was opened (how `saveAndClose` finds it). */
  readonly original: string;
  text: string;
  clear: boolean;
  images: Image[];
}

function createDocument(ctx: FacadeContext, d: Opened): GoogleAppsScript.Document.Document {
  let closed = false;
  const paragraphs: ParagraphState[] = d.text.split('\n').map((t) => ({
    original: t,
    text: t,
    clear: false,
    images: [],
  }));
  /** Charges a call on an open document (throws once it is closed). */
  const call = (method: string, category: 'document.edit' | 'document.image' | 'local') => {
    if (closed) throw new Error(CLOSED);
    ctx.charge(S, method, category);
  };

  const inlineImage = (img: Image) => {
    const self = guard(
      {
        getWidth: () => (call('InlineImage.getWidth', 'local'), img.width),
        getHeight: () => (call('InlineImage.getHeight', 'local'), img.height),
        setWidth(px: unknown) {
          call('InlineImage.setWidth', 'document.edit');
          img.width = size(px, 'width');
          return self;
        },
        setHeight(px: unknown) {
          call('InlineImage.setHeight', 'document.edit');
          img.height = size(px, 'height');
          return self;
        },
      },
      'InlineImage',
    );
    return self;
  };

  const paragraphOf = (p: ParagraphState): GoogleAppsScript.Document.Paragraph => {
    const self: Record<string, unknown> = {
      getText: () => (call('Paragraph.getText', 'document.edit'), p.text),
      asParagraph: () => (call('ContainerElement.asParagraph', 'local'), guarded),
      clear() {
        call('Paragraph.clear', 'document.edit');
        p.text = '';
        p.clear = true;
        p.images = [];
        return guarded;
      },
      appendInlineImage(blob: unknown) {
        call('Paragraph.appendInlineImage', 'document.image');
        const read = readBlob(ctx, blob);
        const img = driveOp<Image>(ctx, 'image', {
          data: read.data as BlobData,
          contentType: read.contentType,
        });
        p.images.push(img);
        return inlineImage(img);
      },
    };
    const guarded = guard(self, 'Paragraph') as unknown as GoogleAppsScript.Document.Paragraph;
    return guarded;
  };

  const textOf = (p: ParagraphState) =>
    guard(
      {
        getText: () => (call('Text.getText', 'document.edit'), p.text),
        getParent: () => (call('Text.getParent', 'local'), paragraphOf(p)),
      },
      'Text',
    );

  const body = {
    getText: () => (
      call('Body.getText', 'document.edit'),
      paragraphs
        .map((p) => p.text)
        .filter((t) => t !== '')
        .join('\n')
    ),
    findText(...args: unknown[]) {
      call('Body.findText', 'document.edit');
      if (args.length !== 1) {
        throw new Error(
          'Apps Script emulation: Body.findText(searchPattern, from) is not emulated.',
        );
      }
      // "Searches the contents of the element for the specified text pattern using regular
      // expressions" (Class Body); a match never spans two paragraphs.
      const re = new RegExp(String(args[0]));
      for (const p of paragraphs) {
        const m = re.exec(p.text);
        if (!m) continue;
        const start = m.index;
        const end = m.index + m[0].length - 1;
        return guard(
          {
            getElement: () => (call('RangeElement.getElement', 'local'), textOf(p)),
            getStartOffset: () => (call('RangeElement.getStartOffset', 'local'), start),
            getEndOffsetInclusive: () => (call('RangeElement.getEndOffsetInclusive', 'local'), end),
            isPartial: () => (
              call('RangeElement.isPartial', 'local'),
              start > 0 || end < p.text.length - 1
            ),
          },
          'RangeElement',
        );
      }
      return null;
    },
  };
  const guardedBody = guard(body, 'Body');
  const doc = {
    getId: () => (call('Document.getId', 'local'), d.id),
    getName: () => (call('Document.getName', 'local'), d.name),
    getUrl: () => (call('Document.getUrl', 'local'), d.url),
    getBody: () => (call('Document.getBody', 'local'), guardedBody),
    saveAndClose() {
      call('Document.saveAndClose', 'document.edit');
      const edits = paragraphs
        .filter((p) => p.clear || p.images.length > 0)
        .map((p) => ({ text: p.original, clear: p.clear, images: p.images }));
      if (edits.length > 0) driveOp(ctx, 'editDocument', { id: d.id, edits });
      closed = true;
    },
  };
  return guard(doc, 'Document') as unknown as GoogleAppsScript.Document.Document;
}

/** A size in pixels, as InlineImage.setWidth/setHeight take it. */
function size(px: unknown, what: string): number {
  if (typeof px !== 'number' || !Number.isFinite(px) || px <= 0) {
    throw new Error(`Invalid argument: ${what}`);
  }
  return Math.round(px);
}

export function createDocumentApp(ctx: FacadeContext): GoogleAppsScript.Document.DocumentApp {
  const app = {
    openById(id: string) {
      ctx.charge(S, 'DocumentApp.openById', 'document.open');
      return createDocument(ctx, driveOp<Opened>(ctx, 'openDocument', { id: String(id) }));
    },
  };
  return guard(app, S) as unknown as GoogleAppsScript.Document.DocumentApp;
}
