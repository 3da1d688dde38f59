#!/usr/bin/env node
/**
 * `npm start`: on Windows and macOS, sideload the add-in into desktop Excel with office-addin-debugging
 * (it starts the dev server and opens Excel with the task pane); anywhere else (Linux, CI, or with
 * `--preview`) start the dev server and print the browser preview's URL.
 */
const { spawn } = require('child_process');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const PORT = 3000;
const preview = process.argv.includes('--preview') || !['win32', 'darwin'].includes(process.platform);

function run(command, args) {
  const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

const bin = (name) => path.join(ROOT, 'node_modules', name);

if (preview) {
  console.log('Desktop Excel sideloading needs Windows or macOS; starting the dev server only.');
  console.log(`Browser preview: /preview.html on port ${PORT} (the dev server prints the full URL below).`);
  console.log(`Excel on the web: upload manifest.xml via 插入 > 加载项 > 上传我的加载项 (see README "Excel add-in").`);
  run(process.execPath, [bin('webpack-cli/bin/cli.js'), 'serve', '--mode', 'development']);
} else {
  run(process.execPath, [
    bin('office-addin-debugging/cli.js'),
    'start',
    'manifest.xml',
    'desktop',
    '--app',
    'excel',
    '--dev-server',
    'npm run dev-server',
    '--dev-server-port',
    String(PORT),
  ]);
}
