/**
 * `npm run bench`: prints the benchmark tables. Figures are recorded in docs/benchmarks.md.
 * Options: `--sizes 1000,10000` to choose register sizes.
 */
import { benchRegister, flatness } from './register';
import { benchDomain } from './domain';
import { benchWorkflow } from './workflow';
import { benchLetters } from './letters';
import { benchKecamatan } from './kecamatan';
import { benchDashboard } from './dashboard';
import { benchAdmin } from './admin';

const sizesArg = process.argv.indexOf('--sizes');
const sizes =
  sizesArg > 0 ? process.argv[sizesArg + 1].split(',').map(Number) : [1000, 10000, 100000];

console.log('\nRegister: biaya per tindakan (model biaya emulator/core/costs.ts)');
const rows = benchRegister(sizes);
console.table(rows);
for (const f of flatness(rows)) {
  console.log(`${f.flat ? 'tetap' : 'TUMBUH'}  ${f.action}`);
}

console.log(
  '\nAlur kasus: biaya per tindakan sidebar (1.000 dan 10.000 kasus, 10 anggota per kasus)',
);
const flow = benchWorkflow(sizesArg > 0 ? sizes.filter((s) => s <= 10000) : [1000, 10000]);
console.table(flow);
for (const f of flatness(flow)) console.log(`${f.flat ? 'tetap' : 'TUMBUH'}  ${f.action}`);

console.log('\nSurat: biaya per surat dan surat per eksekusi 6 menit (model biaya)');
console.table(benchLetters());

console.log('\nDomain: kelayakan 100.000 anggota terhadap 300.000 NIK DTSEN (Node, waktu nyata)');
console.table(benchDomain());

console.log('\nRegister kecamatan: satu pembaruan 18 register (model biaya)');
console.table(benchKecamatan(sizesArg > 0 ? sizes.filter((s) => s <= 10000) : [1000, 10000]));
console.log(
  '\nDasbor: pembaruan harian (1.000 dan 10.000 kasus; panggilan tetap per tabel dan grafik)',
);
console.table(benchDashboard(sizesArg > 0 ? sizes.filter((s) => s <= 10000) : [1000, 10000]));
console.log(
  '\nAlat admin: impor DTSEN lewat googleapis ke REST stand-in (kuota 60/menit, jam virtual)',
);
void benchAdmin([100_000, 300_000]).then((rows) => console.table(rows));
