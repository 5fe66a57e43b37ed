"""indexing layer: the OCR sandbox process (``python -m indexing.ocr.worker``).

Runs under an address-space limit (inherited by Tesseract), shares nothing with the
open archive (no key, no connection) and answers JSON frames on stdout:

- ``{"kind": "load", "media_type": ..., "password": ...}`` + a frame with a document's
  bytes: keep it (a PDF opened with PDFium, an image with Pillow) for the page requests
  that follow. ``password`` (optional) opens an export's encrypted output.
- ``{"kind": "page", "page": N, "languages": "kaz+rus+eng", "dpi": 300, "mode": ...}``:
  render page N of the loaded document to grey pixels and read it. ``mode`` "page" (the
  default) reads the whole page; "auto" (pages queued at import) reads a PDF page with a
  usable text layer as a "mixed" page: its text objects are hidden, so only what is not
  text (the pictures) is read, and the answer says ``"mixed": true``; a page without a
  usable layer (a scan) is read whole.
- ``{"kind": "image", "languages": ..., "dpi": ...}`` + a frame with PNG bytes: read that
  image (the export's check of a page it rebuilt).

Tesseract gets the image as PNG on stdin and answers TSV on stdout: nothing is written
to disk, not even a temporary file. ``OMP_THREAD_LIMIT=1``: one process per core reads
many times faster than OpenMP threads fighting over them.
"""

from __future__ import annotations

import contextlib
import io
import os
import resource
import subprocess
import sys
from typing import IO, Any

from indexing.extract.frames import FrameError, read_frame, read_json, write_json
from indexing.extract.pdf_worker import page_mode
from indexing.extract.pdfium_render import render_page
from indexing.extract.pictures import flatten_print, hide_text
from indexing.ocr.page import parse_tsv

MAX_SIDE = 5000  # pixels; larger renders are scaled down before reading
PSM_AUTO_OSD = "1"  # automatic page segmentation with orientation and script detection


class _Loaded:
    def __init__(self, media_type: str, data: bytes, password: str | None = None) -> None:
        self.media_type = media_type
        self.pdf: Any = None
        self.frames: Any = None
        if media_type == "application/pdf":
            import pypdfium2 as pdfium

            self.pdf = pdfium.PdfDocument(data, password=password)
            self.count = len(self.pdf)
        else:
            from PIL import Image

            self.frames = Image.open(io.BytesIO(data))
            self.count = int(getattr(self.frames, "n_frames", 1))

    def render(self, page: int, dpi: int, mode: str = "page") -> tuple[Any, bool]:
        """The page as a grey image, and whether only its pictures were drawn."""
        if not 1 <= page <= self.count:
            raise ValueError(f"no page {page}")
        if self.pdf is not None:
            if mode == "auto":
                return self._auto(page - 1, dpi)
            return render_page(self.pdf, page - 1, dpi, grey=True), False
        from PIL import ImageOps

        self.frames.seek(page - 1)
        frame = ImageOps.exif_transpose(self.frames.copy())
        return _grey(frame), False

    def _auto(self, index: int, dpi: int) -> tuple[Any, bool]:
        """A scan drawn whole; a text page drawn without its text (its pictures only, its
        printable annotations drawn in first, as the export draws them: a stamp)."""
        import pypdfium2 as pdfium

        page = self.pdf[index]
        try:
            scan = page_mode(pdfium, page) == "scan"
            if not scan:
                with contextlib.suppress(Exception):  # the export withholds them then
                    flatten_print(pdfium.raw, page.raw)
        finally:
            page.close()  # the next load of the page reads the flattened content
        if scan:
            return render_page(self.pdf, index, dpi, grey=True), False
        page = self.pdf[index]
        try:
            hide_text(pdfium.raw, page.raw)
            bitmap = page.render(
                scale=dpi / 72.0,
                fill_color=(255, 255, 255, 255),
                draw_annots=False,
                may_draw_forms=False,
                grayscale=True,
            )
            try:
                return bitmap.to_pil().convert("L"), True
            finally:
                bitmap.close()
        finally:
            page.close()

    def close(self) -> None:
        if self.pdf is not None:
            self.pdf.close()


def _grey(image: Any) -> Any:
    from PIL import Image

    if image.mode in ("RGBA", "LA", "PA", "P"):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(background, rgba)
    return image.convert("L")


def read_image(image: Any, tesseract: str, languages: str, dpi: int, timeout: float) -> Any:
    """Tesseract over one grey Pillow image, through pipes: (page, width, height)."""
    if max(image.size) > MAX_SIDE:
        scale = MAX_SIDE / max(image.size)
        dpi = max(70, round(dpi * scale))
        image = image.resize((round(image.width * scale), round(image.height * scale)))
    png = io.BytesIO()
    image.save(png, format="PNG", compress_level=1)
    env = {
        "OMP_THREAD_LIMIT": "1",
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LC_ALL": "C",
    }
    if os.environ.get("TESSDATA_PREFIX"):
        env["TESSDATA_PREFIX"] = os.environ["TESSDATA_PREFIX"]
    command = [tesseract, "stdin", "stdout", "-l", languages, "--psm", PSM_AUTO_OSD]
    done = subprocess.run(
        [*command, "--dpi", str(dpi), "tsv"],
        input=png.getvalue(),
        capture_output=True,
        timeout=timeout,
        env=env,
        check=False,
    )
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RuntimeError(message[-1] if message else f"tesseract exited {done.returncode}")
    return parse_tsv(done.stdout.decode("utf-8", "replace"), *image.size, languages=languages)


def _answer(page: Any, mixed: bool = False) -> dict[str, Any]:
    reply = {"kind": "ok", "words": page.words_json(), "languages": page.languages}
    return {**reply, "mixed": True} if mixed else reply


def serve(
    requests: IO[bytes], replies: IO[bytes], memory_bytes: int, tesseract: str, timeout: float
) -> None:
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = 200_000_000  # decompression bombs stop here
    loaded: _Loaded | None = None
    while True:
        try:
            request = read_json(requests)
            kind = request["kind"]
            data = read_frame(requests) if kind in ("load", "image") else b""
        except (FrameError, KeyError, TypeError):
            return
        try:
            if kind == "load":
                if loaded is not None:
                    loaded.close()
                    loaded = None
                password = request.get("password")
                loaded = _Loaded(
                    str(request["media_type"]), data, str(password) if password else None
                )
                reply: dict[str, Any] = {"kind": "ok", "pages": loaded.count}
            elif kind == "page":
                if loaded is None:
                    raise ValueError("no document loaded")
                image, mixed = loaded.render(
                    int(request["page"]), int(request["dpi"]), str(request.get("mode", "page"))
                )
                reply = _answer(
                    read_image(
                        image, tesseract, str(request["languages"]), int(request["dpi"]), timeout
                    ),
                    mixed,
                )
            elif kind == "image":
                image = _grey(Image.open(io.BytesIO(data)))
                reply = _answer(
                    read_image(
                        image, tesseract, str(request["languages"]), int(request["dpi"]), timeout
                    )
                )
            else:
                reply = {"kind": "error", "message": f"unknown request {kind!r}"}
        except MemoryError:
            reply = {"kind": "limit", "message": "the page needs more memory than the limit allows"}
        except subprocess.TimeoutExpired:
            reply = {"kind": "limit", "message": f"reading the page took over {timeout:g} s"}
        except Exception as exc:  # a broken page is an error for that page alone
            text = str(exc).strip().splitlines()
            reply = {"kind": "error", "message": text[0] if text else type(exc).__name__}
        write_json(replies, reply)


def main() -> None:
    memory_bytes, tesseract, timeout = int(sys.argv[1]), sys.argv[2], float(sys.argv[3])
    serve(sys.stdin.buffer, sys.stdout.buffer, memory_bytes, tesseract, timeout)


if __name__ == "__main__":
    main()
