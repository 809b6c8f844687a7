/**
 * Builds a complete backend (Google's side) with every module the emulation knows.
 */
import { World } from './world';
import { SheetsBackend } from './sheets';
import { serviceModules, type DriveBackend } from './services';

export { World };

/** A fresh, empty world: no spreadsheets, no properties, no locks held. */
export function createWorld(): World {
  const sheets = new SheetsBackend();
  const world = new World([sheets, ...serviceModules()]);
  // Every spreadsheet is a Drive file (`DriveApp.getFileById(ss.getId())`).
  world.module<DriveBackend>('drive').linkSpreadsheets((id) => sheets.driveFile(id));
  return world;
}
