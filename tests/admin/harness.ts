/**
 * The admin CLI's test bench: a register set up by the shipped bundle's "Siapkan register" in
 * an emulated world, the REST stand-in over that world, googleapis clients pointed at it, and a
 * virtual clock shared by the stand-in's quota and the CLI's rate limiter.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startRestServer, VirtualClock, type RunningRest } from '../../emulator/rest/server';
import { localApis, newContext, type AdminContext } from '../../admin/google';
import { ADMIN, newRegister, type TestRegister } from '../support/register';

export interface Bench {
  register: TestRegister;
  rest: RunningRest;
  clock: VirtualClock;
  ctx: AdminContext;
  out: string[];
  err: string[];
  dir: string;
  close(): Promise<void>;
}

export async function openBench(o: { setup?: boolean } = {}): Promise<Bench> {
  const register = newRegister();
  if (o.setup !== false) {
    const r = register.run('menuSetupRegister', ADMIN);
    if (r.error) throw r.error;
  }
  const clock = new VirtualClock();
  const rest = await startRestServer({ world: register.world, clock });
  const out: string[] = [];
  const err: string[] = [];
  const ctx = newContext(localApis(rest.rootUrl, ADMIN), register.id, ADMIN, {
    clock,
    out: (l) => out.push(l),
    progress: { write: (t: string) => err.push(t), isTTY: false },
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wrse-admin-'));
  return {
    register,
    rest,
    clock,
    ctx,
    out,
    err,
    dir,
    close: async () => {
      await rest.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
