// Fluent UI v9 measures elements with ResizeObserver, which jsdom does not implement. The stub
// observes nothing: jsdom has no layout, so there would never be a size change to report.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  Object.assign(window, { ResizeObserver: ResizeObserverStub });
}
