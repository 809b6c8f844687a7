/**
 * `npm start` / `npm run playground:reset`: starts the playground on PORT (default 8080), or
 * removes its saved state.
 */
import { resetState, startServer } from './server';

if (process.argv.includes('--reset')) {
  resetState();
  console.log('Data playground dihapus; `npm start` berikutnya membuat register contoh baru.');
} else {
  const port = Number(process.env.PORT || 8080);
  const server = startServer(port);
  server.on('listening', () => {
    console.log(`Playground Register WRSE: http://localhost:${port}/  (data di .playground/)`);
  });
}
