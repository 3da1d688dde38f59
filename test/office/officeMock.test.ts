// The adapter against office-addin-mock, the mock Office add-in projects commonly test with: the same
// code path as in Excel, driven through `Excel.run` and `Office.context` globals.
import { OfficeMockObject } from 'office-addin-mock';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { OfficeScoringHost, SETTINGS_KEY } from '../../src/hosts/office/officeHost';

interface Recorded {
  sheet?: string;
  activated?: boolean;
  address?: string;
  selected?: boolean;
  saved?: unknown;
}

function installOfficeMocks(recorded: Recorded, stored: Record<string, unknown>): void {
  const excel = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          sheet: {
            range: {
              select() {
                recorded.selected = true;
              },
            },
            activate() {
              recorded.activated = true;
            },
            getRange(address: string) {
              recorded.address = address;
              return (this as unknown as { range: unknown }).range;
            },
          },
          getItem(name: string) {
            recorded.sheet = name;
            return (this as unknown as { sheet: unknown }).sheet;
          },
        },
      },
    },
    async run(options: unknown, batch: (context: unknown) => Promise<unknown>) {
      return batch((this as unknown as { context: unknown }).context);
    },
  });
  const office = new OfficeMockObject({
    context: {
      requirements: { isSetSupported: () => true },
      document: {
        settings: {
          get: (name: string) => stored[name] ?? null,
          set: (name: string, value: unknown) => {
            stored[name] = value;
          },
          saveAsync(callback: (result: { status: string; error: null }) => void) {
            recorded.saved = { ...stored };
            callback({ status: 'succeeded', error: null });
          },
        },
      },
    },
  });
  Object.assign(globalThis, { Excel: excel, Office: office });
}

describe('OfficeScoringHost over office-addin-mock', () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).Excel;
    delete (globalThis as Record<string, unknown>).Office;
  });

  it('activates the sheet and selects the cell of a finding through Excel.run', async () => {
    const recorded: Recorded = {};
    installOfficeMocks(recorded, {});
    await new OfficeScoringHost().select('评分表', 'H15');
    expect(recorded).toEqual({ sheet: '评分表', activated: true, address: 'H15', selected: true });
  });

  it('keeps settings in Office.context.document.settings', async () => {
    const recorded: Recorded = {};
    const stored: Record<string, unknown> = {};
    installOfficeMocks(recorded, stored);
    const host = new OfficeScoringHost();
    expect(host.loadSettings()).toEqual(DEFAULT_SETTINGS);
    await host.saveSettings({ ...DEFAULT_SETTINGS, decimals: 3 });
    expect(recorded.saved).toEqual({ [SETTINGS_KEY]: expect.any(String) });
    expect(new OfficeScoringHost().loadSettings().decimals).toBe(3);
  });
});
