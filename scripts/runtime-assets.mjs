// Files the server bundle reads at run time, put beside it in dist/: pdfkit's
// font metrics (pdfkit reads `__dirname + '/data/*.afm'`, and __dirname is
// dist/ once bundled) and DejaVu Sans for characters outside the standard
// PDF fonts. Used by the packaging script and the extension-host test runner.
import fs from 'node:fs';
import path from 'node:path';

export function copyRuntimeAssets(root) {
    const afmSource = path.join(root, 'node_modules', 'pdfkit', 'js', 'data');
    const afmTarget = path.join(root, 'dist', 'data');
    fs.mkdirSync(afmTarget, { recursive: true });
    for (const f of fs.readdirSync(afmSource)) if (f.endsWith('.afm')) fs.copyFileSync(path.join(afmSource, f), path.join(afmTarget, f));
    const fontTarget = path.join(root, 'dist', 'fonts');
    fs.mkdirSync(fontTarget, { recursive: true });
    fs.copyFileSync(path.join(root, 'node_modules', 'dejavu-fonts-ttf', 'ttf', 'DejaVuSans.ttf'), path.join(fontTarget, 'DejaVuSans.ttf'));
}
