/**
 * The server's default address, apart from the server itself so `ndr serve --help` (and every
 * other command) can show it without loading Hono and the library.
 */

/** The default port: 8025, easy to remember next to SMTP's 25. */
export const DEFAULT_PORT = 8025;

/** The default interface: loopback only, so pasted mail never leaves the machine by accident. */
export const DEFAULT_HOST = '127.0.0.1';
