/**
 * Builds a complete backend (Google's side) with every module the emulation knows.
 */
import { World } from './world';
import { SheetsBackend } from './sheets';
import { serviceModules } from './services';

export { World };

/** A fresh, empty world: no spreadsheets, no properties, no locks held. */
export function createWorld(): World {
  return new World([new SheetsBackend(), ...serviceModules()]);
}
