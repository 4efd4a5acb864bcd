#!/usr/bin/env python3
"""Serves www/ on 127.0.0.1 for `make serve` and the end-to-end tests.

PORT (default 8000; 0 picks a free one) sets the port. The first line printed is the address.
`.wasm` goes out as application/wasm (for streaming instantiation) and every response allows
any origin, so the widget and library can be embedded from other sites. Nothing is cached,
so a rebuild shows on reload. `--quiet` drops the per-request log.
"""

import functools
import http.server
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "www"

TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json",
    ".wasm": "application/wasm",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".ts": "text/plain; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
}


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = TYPES
    quiet = False

    def end_headers(self):
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()

    def log_message(self, format, *args):
        if not self.quiet:
            super().log_message(format, *args)


def main():
    port = int(os.environ.get("PORT", "8000"))
    Handler.quiet = "--quiet" in sys.argv[1:]
    handler = functools.partial(Handler, directory=str(ROOT))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    host, port = server.server_address[:2]
    print(f"Serving www/ at http://{host}:{port}/ (Ctrl+C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
