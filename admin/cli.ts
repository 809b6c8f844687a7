/**
 * Entry of `npm run admin -- <command> …` and of the `wrse-admin` bin (see `run.ts`).
 */
import { main } from './run';

void main(process.argv.slice(2), {
  out: (l) => console.log(l),
  err: (l) => console.error(l),
  env: process.env,
}).then((code) => {
  process.exitCode = code;
});
