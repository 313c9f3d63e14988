// The part of paged.js 0.4 the print view uses (the package has no types).
declare module 'pagedjs' {
  export class Handler {
    constructor(chunker: unknown, polisher: unknown, caller: unknown)
  }
  export function registerHandlers(...handlers: (new (chunker: unknown, polisher: unknown, caller: unknown) => Handler)[]): void
  export class Previewer {
    preview(content: Node, stylesheets: (string | Record<string, string>)[], renderTo: HTMLElement): Promise<{ total: number }>
  }
}
