// Copies the front-end packages installed by `npm ci` into wwwroot/lib and wwwroot/fonts (both git-ignored),
// so the app self-hosts its fonts and scripts: analysts' networks may block CDNs.
import { cpSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2] ?? process.cwd();
const modules = join(root, 'node_modules');
const web = join(root, 'wwwroot');

const copies = [
  ['@fontsource/noto-naskh-arabic/files', 'fonts/noto-naskh-arabic/files'],
  ['@fontsource/noto-naskh-arabic/index.css', 'fonts/noto-naskh-arabic/index.css'],
  ['@fontsource/noto-naskh-arabic/700.css', 'fonts/noto-naskh-arabic/700.css'],
  ['@fontsource/noto-sans-arabic/files', 'fonts/noto-sans-arabic/files'],
  ['@fontsource/noto-sans-arabic/index.css', 'fonts/noto-sans-arabic/index.css'],
  ['@fontsource/noto-sans-arabic/600.css', 'fonts/noto-sans-arabic/600.css'],
  ['@fontsource/noto-sans-arabic/700.css', 'fonts/noto-sans-arabic/700.css'],
  ['apexcharts/dist/apexcharts.min.js', 'lib/apexcharts/apexcharts.min.js'],
  ['apexcharts/dist/apexcharts.css', 'lib/apexcharts/apexcharts.css'],
  ['apexcharts/dist/locales/ar.json', 'lib/apexcharts/locales/ar.json'],
  ['apexcharts/LICENSE', 'lib/apexcharts/LICENSE'],
];

for (const [from, to] of copies) {
  const source = join(modules, from);
  if (!existsSync(source)) {
    console.error(`copy-assets: missing ${source}; run npm ci in ${root}`);
    process.exit(1);
  }
  const target = join(web, to);
  mkdirSync(join(target, '..'), { recursive: true });
  cpSync(source, target, { recursive: true });
}
console.log(`copy-assets: ${copies.length} items into ${web}`);
