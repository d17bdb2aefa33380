"""One window per record: a lock file in the data folder, and a local socket to wake the window.

A second start on the same data folder finds the lock taken, asks the running window (over
QLocalServer) to come forward, and ends. A lock left by a crashed window is stale: Qt sees that
its process is gone and takes it over. The lock is never judged by its age (a window may run
for weeks), only by its process.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from PySide6.QtCore import QLockFile, QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from ..paths import AppPaths

WAKE = b"vis"
CONNECT_MS = 1000


def server_name(paths: AppPaths) -> str:
    """A name for the local socket, the same for every start on this data folder."""
    folder = str(paths.data_dir.expanduser().resolve())
    return "psykhelse-desktop-" + hashlib.sha256(folder.encode("utf-8")).hexdigest()[:24]


class WindowLock(QObject):
    """Holds the record's lock while the program runs; wakes the window on a second start."""

    def __init__(self, paths: AppPaths, parent: QObject | None = None):
        super().__init__(parent)
        self.paths = paths
        self.lock = QLockFile(str(paths.window_lock))
        self.lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self.server: QLocalServer | None = None
        self.on_wake: Callable[[], None] = lambda: None

    def acquire(self) -> bool:
        """True when this start holds the lock (a stale one is taken over)."""
        self.paths.data_dir.mkdir(parents=True, exist_ok=True)
        if not self.lock.tryLock(0):
            return False
        self._listen()
        return True

    def holder(self) -> int:
        """The process id written in a lock held by someone else (0 if unknown)."""
        info = self.lock.getLockInfo()  # (pid, host, app); PySide6 drops the bool of C++
        return int(info[0]) if info and info[0] else 0

    def wake_other(self) -> bool:
        """Ask the window that holds the lock to come forward; False if none answers."""
        socket = QLocalSocket()
        socket.connectToServer(server_name(self.paths))
        if not socket.waitForConnected(CONNECT_MS):
            return False
        socket.write(WAKE)
        socket.flush()
        socket.waitForBytesWritten(CONNECT_MS)
        socket.disconnectFromServer()
        return True

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        if self.lock.isLocked():
            self.lock.unlock()

    def _listen(self) -> None:
        name = server_name(self.paths)
        QLocalServer.removeServer(name)  # a socket file left by a crash
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_connection)
        self.server.listen(name)

    def _on_connection(self) -> None:
        assert self.server is not None
        socket = self.server.nextPendingConnection()
        if socket is None:
            return
        socket.readyRead.connect(lambda: self._read(socket))
        socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(WAKE):
            self.on_wake()
