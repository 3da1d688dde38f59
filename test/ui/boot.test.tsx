// taskpane.html outside Excel: it must not stay blank. Inside Excel it mounts the taskpane and says nothing.
import { OUTSIDE_OFFICE_DELAY_MS, bootTaskpane } from '../../src/taskpane/boot';
import type { OfficeBoot } from '../../src/taskpane/boot';

type Info = { host: unknown; platform: unknown };
type Ready = Parameters<OfficeBoot['onReady']>[0];

/** An office.js whose onReady reports `info` when `report` is called (or never). */
function officeJs(): OfficeBoot & { report: NonNullable<Ready> } {
  let ready: Ready;
  return {
    HostType: { Excel: 'Excel' },
    onReady: (callback) => {
      ready = callback;
      return new Promise(() => undefined);
    },
    report: (info: Info) => void ready?.(info),
  };
}

function page(): HTMLElement {
  document.body.innerHTML = '<div id="root"></div>';
  return document.getElementById('root') as HTMLElement;
}

describe('taskpane boot', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('explains how to load the add-in, Chinese first, with a link to the browser version, when office.js never answers', () => {
    const root = page();
    const mount = jest.fn();
    bootTaskpane({ office: officeJs(), root, mount });
    expect(root.textContent).toBe('');
    jest.advanceTimersByTime(OUTSIDE_OFFICE_DELAY_MS);
    const alert = root.querySelector('[role="alert"]') as HTMLElement;
    expect(alert.textContent).toMatch(/^绩效评分助手需要在 Excel 中打开/);
    expect(alert.textContent).toContain('上传我的加载项');
    expect(alert.textContent).toContain('Upload My Add-in');
    const links = [...alert.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['preview.html', 'preview.html']);
    expect(mount).not.toHaveBeenCalled();
  });

  it('explains at once when office.js says it is not in Excel, and when office.js did not load at all', () => {
    const root = page();
    const office = officeJs();
    bootTaskpane({ office, root, mount: jest.fn() });
    office.report({ host: null, platform: null });
    expect(root.textContent).toContain('浏览器版');

    const bare = page();
    bootTaskpane({ office: undefined, root: bare, mount: jest.fn() });
    jest.advanceTimersByTime(OUTSIDE_OFFICE_DELAY_MS);
    expect(bare.querySelectorAll('[role="alert"]')).toHaveLength(1);
  });

  it('mounts inside Excel and never shows the explanation, even if Excel was slow to report itself', () => {
    const root = page();
    const office = officeJs();
    const mount = jest.fn();
    bootTaskpane({ office, root, mount });
    office.report({ host: 'Excel', platform: 'PC' });
    jest.advanceTimersByTime(OUTSIDE_OFFICE_DELAY_MS * 2);
    expect(mount).toHaveBeenCalledTimes(1);
    expect(root.querySelector('[role="alert"]')).toBeNull();

    const slow = page();
    const late = officeJs();
    bootTaskpane({ office: late, root: slow, mount });
    jest.advanceTimersByTime(OUTSIDE_OFFICE_DELAY_MS);
    expect(slow.querySelector('[role="alert"]')).not.toBeNull();
    late.report({ host: 'Excel', platform: 'OfficeOnline' });
    expect(slow.querySelector('[role="alert"]')).toBeNull();
    expect(mount).toHaveBeenCalledTimes(2);
  });
});
