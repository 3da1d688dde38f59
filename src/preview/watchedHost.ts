/** Wraps a ScoringHost so the preview re-renders its grid after anything that can change the workbook. */
import type { ScoringHost } from '../hosts/office/host';

export function watchedHost(host: ScoringHost, onChange: () => void): ScoringHost {
  const thenRefresh = async <T>(work: Promise<T>): Promise<T> => {
    try {
      return await work;
    } finally {
      onChange();
    }
  };
  return {
    score: (settings, onProgress) => thenRefresh(host.score(settings, onProgress)),
    undo: () => thenRefresh(host.undo()),
    clearMarks: () => thenRefresh(host.clearMarks()),
    writeConclusion: (lines) => thenRefresh(host.writeConclusion(lines)),
    select: (sheet, address) => thenRefresh(host.select(sheet, address)),
    loadSettings: () => host.loadSettings(),
    saveSettings: (settings) => host.saveSettings(settings),
  };
}
