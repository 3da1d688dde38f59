// TEMPORARY: adapter mechanics with a scripted core until src/core/index.ts lands. Delete afterwards.
jest.mock(
  '../../src/core',
  () => {
    const { parseA1 } = jest.requireActual('../../src/core/grid');
    void parseA1;
    return {
      scoreWorkbook: (grid: any, opts: any) => {
        const sheet = grid.sheets.find((s: any) =>
          s.cells.some((r: any) => r?.some((c: any) => c?.value === '三级指标')),
        );
        if (!sheet) {
          const { NoTableError } = jest.requireActual('../../src/core/engine');
          throw new NoTableError();
        }
        const patches: any[] = [];
        const ledger = { version: 1, cells: { ...(opts.ledger?.cells ?? {}) } };
        sheet.cells.forEach((row: any, i: number) => {
          const name = row?.[2]?.value;
          if (typeof name !== 'string' || !name.startsWith('指标')) return;
          patches.push({ sheet: sheet.name, row: i + 1, col: 7, role: 'score', value: 1 });
          patches.push({ sheet: sheet.name, row: i + 1, col: 8, role: 'note', value: `${name}得1分` });
          if (row[5]?.value == null) {
            const k = `${sheet.name}!F${i + 1}`;
            if (!ledger.cells[k]) ledger.cells[k] = { fillBefore: row[5]?.fill ?? null };
            patches.push({ sheet: sheet.name, row: i + 1, col: 6, role: 'mark', fill: '#FFEB9C' });
          }
        });
        return { report: { tables: [{ sheet: sheet.name, indicators: [] }] }, patches, ledger };
      },
      clearMarks: (grid: any, ledger: any) => ({
        patches: Object.entries(ledger.cells).map(([k, e]: any) => {
          const [sheet, addr] = k.split('!');
          const { row, col } = jest.requireActual('../../src/core/grid').parseA1(addr);
          return { sheet, row, col, role: 'mark', fill: e.fillBefore ?? null };
        }),
        ledger: { version: 1, cells: {} },
      }),
      encodeLedger: (l: any) => {
        const s = JSON.stringify(l);
        const out: Record<string, string> = {};
        for (let i = 0; i * 255 < s.length; i++) out[`jixiao.ledger.${i}`] = s.slice(i * 255, i * 255 + 255);
        return out;
      },
      decodeLedger: (p: Record<string, string>) => {
        try {
          const keys = Object.keys(p).sort((a, b) => Number(a.split('.')[2]) - Number(b.split('.')[2]));
          return JSON.parse(keys.map((k) => p[k]).join('')) ?? { version: 1, cells: {} };
        } catch {
          return { version: 1, cells: {} };
        }
      },
    };
  },
  { virtual: true },
);
import './officeHost.test';
