/**
 * `DocumentApp.openById(id)`: the Document as loaded when opened (`getId`, `getName`,
 * `getUrl`, `getBody().getText()`, `saveAndClose`). A Doc converted from HTML reads as the text
 * of that HTML, one line per paragraph, heading, list item or table cell.
 */
import { guard } from '../../../core/guard';
import type { FacadeContext } from '../../context';
import { driveOp } from './shared';

const S = 'DocumentApp';

interface Opened {
  id: string;
  name: string;
  text: string;
  url: string;
}

function createDocument(ctx: FacadeContext, d: Opened): GoogleAppsScript.Document.Document {
  const body = {
    getText: () => (ctx.charge(S, 'Body.getText', 'document.edit'), d.text),
  };
  const guardedBody = guard(body, 'Body');
  const doc = {
    getId: () => (ctx.charge(S, 'Document.getId', 'local'), d.id),
    getName: () => (ctx.charge(S, 'Document.getName', 'local'), d.name),
    getUrl: () => (ctx.charge(S, 'Document.getUrl', 'local'), d.url),
    getBody: () => (ctx.charge(S, 'Document.getBody', 'local'), guardedBody),
    saveAndClose: () => void ctx.charge(S, 'Document.saveAndClose', 'local'),
  };
  return guard(doc, 'Document') as unknown as GoogleAppsScript.Document.Document;
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
