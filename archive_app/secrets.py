"""archive_app layer: "remember on this computer", only with a secure system keyring.

Allowed: Secret Service (GNOME Keyring, KWallet via its Secret Service API),
macOS Keychain, Windows Credential Locker. Never the plaintext, null or fail
backends, never keyrings.alt. Without a secure backend the passphrase is asked
every time and the option explains why it is unavailable.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SERVICE = "secure-case-archive"
SECURE_BACKENDS = {
    "keyring.backends.SecretService.Keyring",
    "keyring.backends.macOS.Keyring",
    "keyring.backends.Windows.WinVaultKeyring",
}


@dataclass(frozen=True)
class KeyringState:
    available: bool
    reason: str


def _backends(ring: Any) -> list[Any]:
    return list(getattr(ring, "backends", None) or [ring])


def _name(backend: Any) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _secure_backend() -> Any | None:
    try:
        import keyring
    except ImportError:  # pragma: no cover - keyring is a dependency
        return None
    try:
        ring = keyring.get_keyring()
    except Exception:  # a broken keyring configuration is simply "unavailable"
        return None
    for backend in _backends(ring):
        if _name(backend) in SECURE_BACKENDS and _usable(backend):
            return backend
    return None


def _usable(backend: Any) -> bool:
    try:
        return float(getattr(backend, "priority", 1)) > 0
    except Exception:  # priority raises when the service is not running
        return False


def keyring_state() -> KeyringState:
    if _secure_backend() is not None:
        return KeyringState(True, "stored in the system keyring, unlocked with your login")
    return KeyringState(
        False,
        "no secure system keyring (Secret Service, macOS Keychain or Windows Credential"
        " Locker) is available, so the passphrase is asked every time",
    )


def remember(path: Path, passphrase: str) -> None:
    backend = _secure_backend()
    if backend is None:
        raise RuntimeError(keyring_state().reason)
    backend.set_password(SERVICE, str(path.absolute()), passphrase)


def recall(path: Path) -> str | None:
    backend = _secure_backend()
    if backend is None:
        return None
    value = backend.get_password(SERVICE, str(path.absolute()))
    return str(value) if value is not None else None


def replace_remembered(path: Path, new: str) -> bool:
    """After a rekey: if this computer remembers the old passphrase, remember ``new``
    instead (True). A keyring that fails now forgets the entry: a stale passphrase is
    never kept."""
    try:
        if recall(path) is None:
            return False
        remember(path, new)
        return True
    except Exception:  # any keyring failure: forget, ask next time
        with contextlib.suppress(Exception):  # nothing more can be done here
            forget(path)
        return False


def forget(path: Path) -> None:
    backend = _secure_backend()
    if backend is None:
        return
    try:
        backend.delete_password(SERVICE, str(path.absolute()))
    except Exception:  # nothing stored: nothing to forget
        return
