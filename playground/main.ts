/**
 * `npm start` / `npm run playground:reset`: starts the playground on PORT (default 8080) with
 * state in `.playground/` (or `WRSE_PLAYGROUND_DIR`), or removes that state.
 */
import { resetState, startServer } from './server';

if (process.argv.includes('--reset')) {
  resetState();
  console.log('Data playground dihapus; `npm start` berikutnya membuat register contoh baru.');
} else {
  const port = Number(process.env.PORT || 8080);
  startServer({ port })
    .then((running) => {
      console.log(
        `Playground Register WRSE: ${running.url}  (data di ${running.playground.stateDir})`,
      );
      const stop = () => void running.close().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    })
    .catch((e: unknown) => {
      console.error('Playground gagal dimulai:', e instanceof Error ? e.message : e);
      process.exit(1);
    });
}
