/** jsdom lacks ResizeObserver, which Fluent's MessageBar uses to reflow; layout is not under test here. */
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const g = globalThis as { ResizeObserver?: unknown };
g.ResizeObserver ??= NoopResizeObserver;
