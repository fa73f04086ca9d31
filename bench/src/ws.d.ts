// The bit of the `ws` client the benchmark's subscribers use (its full types, @types/ws, are the router's).
declare module 'ws' {
  export default class WebSocket {
    constructor(url: string, protocol: string, options?: { perMessageDeflate?: boolean; skipUTF8Validation?: boolean });
    on(event: 'open', listener: () => void): this;
    on(event: 'message', listener: (data: Buffer) => void): this;
    on(event: 'error', listener: (error: Error) => void): this;
    send(data: string): void;
    close(): void;
  }
}
