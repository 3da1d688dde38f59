/**
 * Starting the taskpane. Inside Excel, office.js's `Office.onReady` reports the Excel host and the
 * taskpane mounts. Opened any other way (taskpane.html straight in a browser, office.js blocked), there is
 * nothing to mount: onReady reports no host, or never fires, or office.js is not there at all. After a
 * few seconds without Excel the page says, Chinese first, how to load the add-in and links to the browser
 * version. Plain DOM, so it shows even when nothing else of the page works.
 */

/** How long Excel may take to report itself before the page explains. */
export const OUTSIDE_OFFICE_DELAY_MS = 5000;

/** The part of office.js boot needs. */
export interface OfficeBoot {
  onReady(callback?: (info: { host: unknown; platform: unknown }) => unknown): Promise<unknown>;
  HostType: { Excel: unknown };
}

export interface BootOptions {
  /** `window.Office`, undefined when office.js did not load. */
  office: OfficeBoot | undefined;
  /** Where the message goes (the page's root element). */
  root: HTMLElement;
  /** Mount the taskpane (inside Excel). */
  mount: () => void;
  /** The browser version, relative to taskpane.html. */
  previewUrl?: string;
  delayMs?: number;
}

const OUTSIDE_ID = 'outside-office';

/** The explanation, built with plain DOM calls (no markup parsing of anything but our own text). */
export function outsideOfficeMessage(doc: Document, previewUrl: string): HTMLElement {
  const box = doc.createElement('section');
  box.id = OUTSIDE_ID;
  box.setAttribute('role', 'alert');
  box.style.cssText =
    'font-family: system-ui, "Microsoft YaHei", sans-serif; max-width: 40em; margin: 2em auto; padding: 0 1em; line-height: 1.6;';
  const add = (tag: string, text: string, lang?: string): HTMLElement => {
    const el = doc.createElement(tag);
    el.textContent = text;
    if (lang) el.lang = lang;
    box.appendChild(el);
    return el;
  };
  const link = (text: string, lang: string) => {
    const p = doc.createElement('p');
    p.lang = lang;
    const a = doc.createElement('a');
    a.href = previewUrl;
    a.textContent = text;
    p.appendChild(a);
    box.appendChild(p);
  };
  add('h1', '绩效评分助手需要在 Excel 中打开', 'zh-CN');
  add(
    'p',
    '这个页面是 Excel 加载项的任务窗格，直接在浏览器中打开时无法使用。请在 Excel 中加载：' +
      '网页版或 Microsoft 365 中点击“开始 › 加载项 › 更多加载项 › 我的加载项 › 上传我的加载项”，选择 manifest.xml；' +
      'Windows 桌面版也可把 manifest.xml 放入共享文件夹，在“文件 › 选项 › 信任中心 › 受信任的加载项目录”中添加后，' +
      '从“插入 › 我的加载项 › 共享文件夹”加载。加载后点击“开始”选项卡上的“评分助手”。',
    'zh-CN',
  );
  add('p', '用不了加载项（WPS、Excel 2016/2019 等）？可以改用浏览器版，文件只在本机处理：', 'zh-CN');
  link('打开浏览器版（preview.html）', 'zh-CN');
  add('h2', 'Open the Performance Scoring Assistant in Excel', 'en');
  add(
    'p',
    'This page is the task pane of an Excel add-in and does nothing on its own in a browser. Load the add-in in Excel: ' +
      'Home › Add-ins › More Add-ins › My Add-ins › Upload My Add-in, and choose manifest.xml (Excel on the web and Microsoft 365), ' +
      'or add a shared folder holding manifest.xml as a trusted add-in catalog (Excel on Windows). Then press 评分助手 on the Home tab. ' +
      'Without add-ins, use the browser version:',
    'en',
  );
  link('Open the browser version (preview.html)', 'en');
  return box;
}

/** Mount inside Excel; otherwise explain, at the latest after `delayMs`. */
export function bootTaskpane(options: BootOptions): void {
  const { office, root, mount } = options;
  const doc = root.ownerDocument;
  let mounted = false;
  let explained = false;
  const explain = () => {
    if (mounted || explained) return;
    explained = true;
    root.appendChild(outsideOfficeMessage(doc, options.previewUrl ?? 'preview.html'));
  };
  const timer = setTimeout(explain, options.delayMs ?? OUTSIDE_OFFICE_DELAY_MS);
  if (!office) return;
  void office.onReady((info) => {
    clearTimeout(timer);
    if (info.host !== office.HostType.Excel) {
      explain();
      return;
    }
    // Excel was slow to report itself: the explanation makes way for the taskpane.
    doc.getElementById(OUTSIDE_ID)?.remove();
    mounted = true;
    mount();
  });
}
