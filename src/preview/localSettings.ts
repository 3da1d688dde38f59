/** Office's document settings stand-in for the preview: kept in this browser's localStorage, per file name. */
import type { XlDocumentSettings } from '../hosts/office/excelApi';

export function localDocumentSettings(
  file: string,
  storage: Storage = window.localStorage,
): XlDocumentSettings {
  const key = (name: string) => `jixiao.preview:${file}:${name}`;
  const pending = new Map<string, unknown>();
  return {
    get: (name) => {
      if (pending.has(name)) return pending.get(name);
      const raw = storage.getItem(key(name));
      return raw === null ? null : (JSON.parse(raw) as unknown);
    },
    set: (name, value) => void pending.set(name, value),
    saveAsync: (callback) => {
      try {
        for (const [name, value] of pending) storage.setItem(key(name), JSON.stringify(value));
        pending.clear();
        callback?.({ status: 'succeeded' });
      } catch (e) {
        callback?.({ status: 'failed', error: { message: (e as Error).message } });
      }
    },
  };
}
