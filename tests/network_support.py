"""Small TCP servers in threads for tests of what the site does when a service fails."""

import contextlib
import socket
import threading


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class _Server:
    """Accepts connections in a thread and hands each to `handle`; `close` ends all of it."""

    def __init__(self):
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.connections = 0
        self.sockets = []
        self.lock = threading.Lock()
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self):
        while True:
            try:
                client, _address = self.listener.accept()
            except OSError:
                return
            with self.lock:
                self.connections += 1
                self.sockets.append(client)
            self.handle(client)

    def handle(self, client):
        pass

    def drop_connections(self):
        with self.lock:
            sockets, self.sockets = self.sockets, []
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def close(self):
        self.listener.close()
        self.drop_connections()


class SilentServer(_Server):
    """Accepts every connection and never answers: a Redis that hangs."""


class TcpProxy(_Server):
    """Forwards to a real service; `cut()` drops every connection and refuses new ones until `restore()`."""

    def __init__(self, target):
        self.target = target
        self.cut_off = False
        super().__init__()

    def handle(self, client):
        if self.cut_off:
            self.drop_connections()
            return
        try:
            upstream = socket.create_connection(self.target, timeout=5)
        except OSError:
            self.drop_connections()
            return
        upstream.settimeout(None)
        with self.lock:
            self.sockets.append(upstream)
        for source, sink in ((client, upstream), (upstream, client)):
            threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pipe(source, sink):
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        with contextlib.suppress(OSError):
            sink.shutdown(socket.SHUT_RDWR)

    def cut(self):
        self.cut_off = True
        self.drop_connections()

    def restore(self):
        self.cut_off = False
