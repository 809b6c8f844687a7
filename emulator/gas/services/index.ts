/**
 * Installs every Apps Script global of one execution except `SpreadsheetApp`:
 * `PropertiesService`, `CacheService`, `LockService`, `Session`, `Utilities`, `HtmlService`,
 * `ScriptApp`, `MailApp`, `Logger` and `console`. Each is built per execution on its context.
 */
import type { FacadeContext } from '../context';
import { createCacheService } from './cache';
import { installDrive } from './drive';
import { createHtmlService } from './html';
import { createLockService } from './lock';
import { createConsole, createLogger } from './logger';
import { createMailApp } from './mail';
import { createPropertiesService } from './properties';
import { createScriptApp } from './scriptApp';
import { createSession } from './session';
import { createUtilities } from './utilities';

export function installServices(ctx: FacadeContext, globals: Record<string, unknown>): void {
  globals.PropertiesService = createPropertiesService(ctx);
  globals.CacheService = createCacheService(ctx);
  globals.LockService = createLockService(ctx);
  globals.Session = createSession(ctx);
  globals.Utilities = createUtilities(ctx);
  globals.HtmlService = createHtmlService(ctx);
  globals.ScriptApp = createScriptApp(ctx);
  globals.MailApp = createMailApp(ctx);
  globals.Logger = createLogger(ctx);
  globals.console = createConsole(ctx);
  installDrive(ctx, globals);
}
