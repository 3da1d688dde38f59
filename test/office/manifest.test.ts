/**
 * @jest-environment jsdom
 */
// Offline manifest check (the online validator is `npm run validate`): jsdom's strict XML parser,
// the OfficeApp schema's element order, required elements, icons on disk at the declared pixel size,
// en-US overrides for every user-visible string.
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const DEV_ORIGIN = 'https://localhost:3000/';

/** xs:sequence of OfficeApp followed by the TaskPaneApp extension (OfficeAppManifestv1.1.xsd). */
const OFFICE_APP_SEQUENCE = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'Dictionary',
  'VersionOverrides',
  'ExtendedOverrides',
];
const REQUIRED = [
  'Id',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'DefaultSettings',
  'Permissions',
];

function parse(file: string): Document {
  const doc = new DOMParser().parseFromString(fs.readFileSync(file, 'utf8'), 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`${file} is not well-formed XML: ${error.textContent ?? ''}`);
  return doc;
}

function children(el: Element): Element[] {
  return Array.from(el.children);
}

function byLocalName(root: Element | Document, name: string): Element[] {
  return Array.from(root.getElementsByTagNameNS('*', name));
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(buf.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

function assetFor(url: string): string {
  expect(url.startsWith(DEV_ORIGIN)).toBe(true);
  return path.join(ROOT, url.slice(DEV_ORIGIN.length));
}

describe('manifest.xml', () => {
  const doc = parse(path.join(ROOT, 'manifest.xml'));
  const app = doc.documentElement;
  const resources = byLocalName(doc, 'Resources')[0];
  const resource = (id: string): Element => {
    const found = children(resources)
      .flatMap(children)
      .find((el) => el.getAttribute('id') === id);
    if (!found) throw new Error(`resid ${id} is not defined in <Resources>`);
    return found;
  };

  it('is a task pane add-in whose children follow the schema order', () => {
    expect(app.localName).toBe('OfficeApp');
    expect(app.getAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'type')).toBe('TaskPaneApp');
    const names = children(app).map((el) => el.localName);
    for (const name of names) expect(OFFICE_APP_SEQUENCE).toContain(name);
    const positions = names.map((name) => OFFICE_APP_SEQUENCE.indexOf(name));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(names).size).toBe(names.length);
    for (const name of REQUIRED) expect(names).toContain(name);
  });

  it('declares the Workbook host, ExcelApi 1.9, ReadWriteDocument and a zh-CN default locale', () => {
    const text = (name: string) => byLocalName(app, name)[0]?.textContent?.trim();
    expect(text('Id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(text('Version')).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(text('DefaultLocale')).toBe('zh-CN');
    expect(text('Permissions')).toBe('ReadWriteDocument');
    const hosts = children(children(app).find((el) => el.localName === 'Hosts')!);
    expect(hosts.map((h) => h.getAttribute('Name'))).toEqual(['Workbook']);
    const excelSet = byLocalName(app, 'Set').find((s) => s.getAttribute('Name') === 'ExcelApi');
    expect(excelSet?.getAttribute('MinVersion')).toBe('1.9');
    const source = byLocalName(
      children(app).find((el) => el.localName === 'DefaultSettings')!,
      'SourceLocation',
    )[0];
    expect(source.getAttribute('DefaultValue')).toBe(`${DEV_ORIGIN}taskpane.html`);
  });

  it('adds a 评分助手 button in a 绩效评分 group on the Home tab that shows the task pane', () => {
    const tab = byLocalName(doc, 'OfficeTab')[0];
    expect(tab.getAttribute('id')).toBe('TabHome');
    const group = byLocalName(tab, 'Group')[0];
    const label = (el: Element) =>
      resource(
        children(el)
          .find((c) => c.localName === 'Label')!
          .getAttribute('resid')!,
      );
    expect(label(group).getAttribute('DefaultValue')).toBe('绩效评分');
    const button = byLocalName(group, 'Control')[0];
    expect(label(button).getAttribute('DefaultValue')).toBe('评分助手');
    const action = byLocalName(button, 'Action')[0];
    expect(action.getAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'type')).toBe('ShowTaskpane');
    const url = resource(byLocalName(action, 'SourceLocation')[0].getAttribute('resid')!);
    expect(url.getAttribute('DefaultValue')).toBe(`${DEV_ORIGIN}taskpane.html`);
  });

  it('resolves every resid', () => {
    const resids = Array.from(doc.getElementsByTagName('*'))
      .map((el) => el.getAttribute('resid'))
      .filter((id): id is string => id !== null);
    expect(resids.length).toBeGreaterThan(5);
    for (const id of resids) expect(resource(id).getAttribute('DefaultValue')).toBeTruthy();
  });

  it('points every icon at a PNG in assets/ of the declared pixel size', () => {
    const declared: [string, number][] = [
      [byLocalName(app, 'IconUrl')[0].getAttribute('DefaultValue')!, 32],
      [byLocalName(app, 'HighResolutionIconUrl')[0].getAttribute('DefaultValue')!, 64],
    ];
    for (const image of byLocalName(resources, 'Image')) {
      declared.push([
        image.getAttribute('DefaultValue')!,
        Number(/(\d+)x\1/.exec(image.getAttribute('id')!)![1]),
      ]);
    }
    // Ribbon <bt:Image size=".."> references must point at images of that size.
    for (const ref of byLocalName(doc, 'Image').filter((el) => el.hasAttribute('size'))) {
      const size = Number(ref.getAttribute('size'));
      const file = assetFor(resource(ref.getAttribute('resid')!).getAttribute('DefaultValue')!);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    for (const [url, size] of declared) {
      const file = assetFor(url);
      expect(fs.existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    expect(new Set(declared.map(([, size]) => size))).toEqual(new Set([16, 32, 64, 80]));
  });

  it('gives an en-US override for the name, the description and every ribbon string', () => {
    const overridden = (el: Element) =>
      children(el).some(
        (c) => c.localName === 'Override' && c.getAttribute('Locale') === 'en-US' && c.getAttribute('Value'),
      );
    for (const name of ['DisplayName', 'Description']) {
      expect(overridden(children(app).find((el) => el.localName === name)!)).toBe(true);
    }
    const strings = [
      ...byLocalName(resources, 'ShortStrings'),
      ...byLocalName(resources, 'LongStrings'),
    ].flatMap(children);
    expect(strings.length).toBeGreaterThanOrEqual(5);
    for (const s of strings)
      expect({ id: s.getAttribute('id'), overridden: overridden(s) }).toEqual({
        id: s.getAttribute('id'),
        overridden: true,
      });
  });

  it('keeps ribbon short strings within the 125-character limit', () => {
    for (const s of byLocalName(resources, 'ShortStrings').flatMap(children)) {
      expect(s.getAttribute('DefaultValue')!.length).toBeLessThanOrEqual(125);
    }
  });
});
