"""Pagefind over the built site (German, main content only), fed page by page while MkDocs renders.

:class:`SearchIndex` runs one ``pagefind --service`` process (the binary of the
pinned ``pagefind`` package) and speaks its pipe protocol: each message is
base64-encoded JSON followed by a comma, answered in the same form. Pages go to
the service as MkDocs finishes them (``add_page``), so Pagefind parses them on
the second core while Python renders the next; ``finish`` adds the HTML files
no page hook saw (404.html, static HTML) and writes the index. The result is
the index ``pagefind --site`` would write over the finished site (a test
compares the two).

Why not Pagefind's own Python wrapper (``pagefind.index``): its reader sleeps
0.1 s before each answer it reads, so 10,000 pages would wait 1,000 s for
their answers, and it formats every request, page text included, into a
debug message even when debug logging is off.

Index chunks: Pagefind loads the chunk of its index that holds a query's
word; the default chunk (20,000 word locations) is 20–30 KB compressed. Smaller
chunks keep a query within its byte budget (bench/search_queries.py: first
query ≤ 150 KB, later ≤ 50 KB). Pagefind 1.5 reads the size from
``PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE``; a Pagefind upgrade must keep it or
replace it (the bench shows the bytes).
"""

from __future__ import annotations

import base64
import json
import os
import queue
import subprocess
import tempfile
import threading
from pathlib import Path

from pagefind.service import get_executable

INDEX_CHUNK_SIZE = "2000"
# Messages waiting for the writer thread: enough to keep the service busy, few enough to bound memory.
QUEUE_LENGTH = 64
# How long finish() waits for the service's last answers before it gives up.
FINISH_TIMEOUT_S = 600


class SearchIndexError(RuntimeError):
    """Pagefind failed; the build must not publish a site without search."""


def _encode(message_id: int, payload: dict) -> bytes:
    return base64.b64encode(json.dumps({"message_id": message_id, "payload": payload}).encode("utf-8")) + b","


class SearchIndex:
    """One Pagefind index, built by a ``pagefind --service`` process while the site is written."""

    def __init__(self, site_dir: Path) -> None:
        self.site_dir = Path(site_dir).resolve()
        executable = get_executable()
        if executable is None:
            raise SearchIndexError("Pagefind ist nicht installiert (Paket pagefind[bin]); bitte `make test-fast` oder `make serve` ausführen.")
        self._stderr = tempfile.TemporaryFile()
        environment = {**os.environ}
        environment.setdefault("PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE", INDEX_CHUNK_SIZE)
        self._process = subprocess.Popen(  # noqa: S603 - the pinned package's own binary, no shell
            [str(executable), "--service"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._stderr, env=environment
        )
        self._sent = 0
        self._answers: dict[int, dict] = {}
        self._answered = threading.Condition()
        self._outbox: queue.Queue[bytes | None] = queue.Queue(QUEUE_LENGTH)
        self._write_error: OSError | None = None
        self._added: set[str] = set()
        self._page_messages: list[int] = []
        self._reader = threading.Thread(target=self._read, name="pagefind-reader", daemon=True)
        self._writer = threading.Thread(target=self._write, name="pagefind-writer", daemon=True)
        self._reader.start()
        self._writer.start()
        answer = self._wait(self._send({"type": "NewIndex", "config": None}))
        self._index_id = answer["index_id"]

    # Pipe ------------------------------------------------------------------

    def _write(self) -> None:
        while (message := self._outbox.get()) is not None:
            try:
                self._process.stdin.write(message)
                if self._outbox.empty():  # the service reads a message only when it has its comma
                    self._process.stdin.flush()
            except OSError as error:  # the service ended; _wait reports it with its output
                self._write_error = error
                return
        try:
            self._process.stdin.close()
        except OSError as error:
            self._write_error = error

    def _read(self) -> None:
        buffer = b""
        while chunk := self._process.stdout.read1(1 << 16):
            buffer += chunk
            *messages, buffer = buffer.split(b",")
            answers = {}
            for message in messages:
                answer = json.loads(base64.b64decode(message))
                if answer is not None:
                    message_id = answer.get("message_id")
                    if message_id is None and (original := answer["payload"].get("original_message")):
                        message_id = json.loads(original).get("message_id")
                    answers[message_id] = answer["payload"]
            with self._answered:
                self._answers.update(answers)
                self._answered.notify_all()
        with self._answered:
            self._answered.notify_all()

    def _send(self, payload: dict) -> int:
        self._sent += 1
        message = _encode(self._sent, payload)
        while True:
            try:
                self._outbox.put(message, timeout=1)
                return self._sent
            except queue.Full:
                if not self._writer.is_alive():
                    self.close()
                    raise SearchIndexError(f"Pagefind wurde beendet: {self._service_output()}") from None

    def _wait(self, message_id: int) -> dict:
        """The service's answer to one message; SearchIndexError if it failed or the service ended."""
        with self._answered:
            settled = self._answered.wait_for(lambda: message_id in self._answers or not self._reader.is_alive(), timeout=FINISH_TIMEOUT_S)
            answer = self._answers.get(message_id)
        if answer is None:
            self.close()
            reason = "wurde beendet" if settled else f"antwortet seit {FINISH_TIMEOUT_S} s nicht"
            raise SearchIndexError(f"Pagefind {reason}: {self._service_output()}")
        if answer.get("type") == "Error":
            self.close()
            raise SearchIndexError(f"Pagefind ist fehlgeschlagen: {answer.get('message')}")
        return answer

    def _service_output(self) -> str:
        self._stderr.seek(0)
        text = self._stderr.read().decode("utf-8", "replace").strip()
        return text[-2000:] or (f"Fehler beim Schreiben: {self._write_error}" if self._write_error else "keine Ausgabe")

    # Index -----------------------------------------------------------------

    def add_page(self, url: str, html: str, dest_path: str) -> None:
        """Index one finished page under its site-relative URL (``/anbieter/x/``); does not wait."""
        self._added.add(Path(dest_path).as_posix())
        self._page_messages.append(self._send({"type": "AddFile", "index_id": self._index_id, "url": url, "file_path": None, "file_contents": html}))

    def finish(self) -> str:
        """Add the site's HTML files no page hook saw, write ``site_dir/pagefind``; return a one-line summary."""
        for path in sorted(self.site_dir.rglob("*.html")):
            relative = path.relative_to(self.site_dir).as_posix()
            if relative in self._added or relative.startswith("pagefind/"):
                continue
            self.add_page("/" + _url_of(relative), path.read_text(encoding="utf-8"), relative)
        # The service answers in order of completion; every earlier message is answered before this one returns.
        self._wait(self._send({"type": "WriteFiles", "index_id": self._index_id, "output_path": str(self.site_dir / "pagefind")}))
        for message_id in range(2, self._sent):
            self._wait(message_id)
        # Pages without searchable text (no data-pagefind-body, as 404.html) are answered with 0 words.
        pages = sum(1 for message_id in self._page_messages if self._answers[message_id].get("page_word_count", 0) > 0)
        self.close()
        if not (self.site_dir / "pagefind" / "pagefind.js").exists():
            raise SearchIndexError("Pagefind hat keinen Suchindex geschrieben (pagefind/pagefind.js fehlt).")
        return f"Pagefind: {pages} Seiten indexiert"

    def close(self) -> None:
        """End the service (after finish, or when the build failed)."""
        if self._process.poll() is None:
            try:
                self._outbox.put_nowait(None)
            except queue.Full:
                pass
            try:
                self._process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()


def _url_of(relative: str) -> str:
    """The URL Pagefind gives a file of the site: ``a/index.html`` → ``a/``."""
    if relative == "index.html":
        return ""
    if relative.endswith("/index.html"):
        return relative[: -len("index.html")]
    return relative


def build_index(site_dir: Path) -> str:
    """Index the HTML files of a finished ``site_dir`` into ``site_dir/pagefind`` (as ``pagefind --site``)."""
    index = SearchIndex(site_dir)
    try:
        return index.finish()
    finally:
        index.close()
