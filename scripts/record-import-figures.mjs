// Records test/import/import-figures.json from the import table (`node scripts/import-corpus.mjs --json`), run in the repo root after `npm run build`:
// the similarity rounded down and the share kept as written rounded up, to three places. Run it when import gets better, and commit the result.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
const rows = JSON.parse(execFileSync(process.execPath, ['scripts/import-corpus.mjs', '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 }));
const out = {};
for (const r of rows) {
    if (r.error) throw new Error(`${r.file}: ${r.error}`);
    out[r.file.replace(/\.txt$/, '')] = { similarity: Math.floor(r.similarity * 1000) / 1000, worded: Math.ceil(r.worded * 1000 - 1e-9) / 1000 };
}
writeFileSync('test/import/import-figures.json', JSON.stringify(out, null, 4) + '\n');
console.log(Object.keys(out).length, 'figures written');
