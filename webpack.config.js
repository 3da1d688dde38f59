/**
 * Builds the Excel add-in pages:
 *   taskpane.html  ← src/taskpane/index.tsx, loads office.js from the CDN by a script tag (never bundled);
 *                    OFFICE_CDN=china uses the 21Vianet CDN for Office 365 operated by 21Vianet.
 *   preview.html   ← src/preview/index.tsx, no office.js; ExcelJS from its browser build.
 * Dev: https://localhost:3000 with office-addin-dev-certs (http when certificates cannot be made, e.g. CI).
 * Production (`npm run build`): ADDIN_HOST=https://your.host/path rewrites the manifest's localhost URLs
 * into dist/manifest.xml; the taskpane bundle's gzipped size is printed (goal ≤ 300 KB).
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_ORIGIN = 'https://localhost:3000';
const PORT = 3000;
const TASKPANE_BUDGET_KB = 300;
const OFFICE_JS = {
  global: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
  china: 'https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js',
};

/** The production origin (+ path) the add-in is served from, without a trailing slash. */
function addinHost(production) {
  const host = (process.env.ADDIN_HOST || '').replace(/\/+$/, '');
  if (!host) {
    if (production) console.warn('ADDIN_HOST is not set: dist/manifest.xml keeps https://localhost:3000.');
    return DEV_ORIGIN;
  }
  if (!/^https:\/\//.test(host)) throw new Error(`ADDIN_HOST must be an https:// URL (Office loads add-ins over https only): ${host}`);
  return host;
}

/** Dev certificates from office-addin-dev-certs; null (serve http) when they cannot be made here. */
async function httpsOptions() {
  if (process.env.CI || process.env.JIXIAO_HTTP) return null;
  try {
    const devCerts = require('office-addin-dev-certs');
    const { localhostCertificatePath, localhostKeyPath, caCertificatePath } = require('office-addin-dev-certs/lib/defaults');
    // On Linux installing the CA needs sudo; use certificates that already exist, never prompt.
    if (process.platform === 'linux') {
      if (!fs.existsSync(localhostCertificatePath)) return null;
      return { cert: fs.readFileSync(localhostCertificatePath), key: fs.readFileSync(localhostKeyPath), ca: fs.readFileSync(caCertificatePath) };
    }
    const timeout = new Promise((resolve) => setTimeout(() => resolve(null), 60_000));
    return await Promise.race([devCerts.getHttpsServerOptions(), timeout]);
  } catch (error) {
    console.warn(`Dev certificates unavailable (${error.message}); serving http.`);
    return null;
  }
}

function page(title, head) {
  return `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>${title}</title>
  ${head}
</head>
<body>
  <div id="root"></div>
</body>
</html>
`;
}

/** Prints each entry's emitted JavaScript gzipped (read back from disk: after emit webpack keeps only sizes), and warns when the taskpane exceeds its budget. */
class GzipSizeReport {
  apply(compiler) {
    compiler.hooks.afterEmit.tap('GzipSizeReport', (compilation) => {
      for (const [name, entry] of compilation.entrypoints) {
        const files = entry.getFiles().filter((f) => f.endsWith('.js'));
        const bytes = files.reduce((sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(compilation.outputOptions.path, f))).length, 0);
        const kb = (bytes / 1024).toFixed(1);
        const over = name === 'taskpane' && bytes > TASKPANE_BUDGET_KB * 1024;
        console.log(`${name} bundle: ${kb} KB gzipped${name === 'taskpane' ? ` (budget ${TASKPANE_BUDGET_KB} KB${over ? ', OVER' : ''})` : ''}`);
      }
    });
  }
}

module.exports = async (env, argv) => {
  const production = argv.mode === 'production';
  const host = addinHost(production);
  const officeJs = process.env.OFFICE_CDN === 'china' ? OFFICE_JS.china : OFFICE_JS.global;
  const https = production ? null : await httpsOptions();
  if (env && env.WEBPACK_SERVE) {
    const origin = `${https ? 'https' : 'http'}://localhost:${PORT}`;
    console.log(`Browser preview: ${origin}/preview.html\nTask pane (for Excel): ${origin}/taskpane.html`);
  }

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      preview: './src/preview/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist', 'web'),
      filename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // ExcelJS's package entry targets Node; the browser build bundles its own polyfills.
      alias: { exceljs$: path.resolve(__dirname, 'node_modules/exceljs/dist/exceljs.min.js') },
      fallback: { fs: false, path: false, stream: false, crypto: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, compilerOptions: { module: 'es2020', noEmit: false, sourceMap: !production } },
          },
        },
      ],
    },
    // office.js comes from the CDN at runtime and must never be bundled.
    externals: { 'office-js': 'Office' },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        templateContent: page('绩效评分助手', `<script type="text/javascript" src="${officeJs}"></script>`),
      }),
      new HtmlWebpackPlugin({
        filename: 'preview.html',
        chunks: ['preview'],
        templateContent: page('绩效评分助手 · 预览', ''),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'assets/help.html', to: 'help.html' },
          {
            from: 'manifest.xml',
            to: '../manifest.xml',
            transform: (content) => content.toString().split(DEV_ORIGIN).join(host),
          },
        ],
      }),
      new GzipSizeReport(),
    ],
    devServer: {
      port: PORT,
      server: https ? { type: 'https', options: https } : { type: 'http' },
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
      client: { overlay: { warnings: false } },
    },
  };
};
