"""Loaded by subprocesses under test: any non-loopback connection or DNS lookup fails loudly."""

import os
import socket

if os.environ.get("RESIDENCY_BLOCK_NETWORK") == "1":
    _connect = socket.socket.connect
    _getaddrinfo = socket.getaddrinfo
    _LOCAL = ("127.0.0.1", "::1", "localhost", "0.0.0.0", "", None)

    def _guarded_connect(self, address):
        host = address[0] if isinstance(address, tuple) else address
        if self.family == socket.AF_UNIX or host in _LOCAL:
            return _connect(self, address)
        with open(os.environ.get("RESIDENCY_NETWORK_LOG", os.devnull), "a") as log:
            log.write(f"connect {host}\n")
        raise OSError(101, f"network blocked by test: {host}")

    def _guarded_getaddrinfo(host, *args, **kwargs):
        if host in _LOCAL:
            return _getaddrinfo(host, *args, **kwargs)
        with open(os.environ.get("RESIDENCY_NETWORK_LOG", os.devnull), "a") as log:
            log.write(f"dns {host}\n")
        raise socket.gaierror(-2, f"network blocked by test: {host}")

    socket.socket.connect = _guarded_connect
    socket.getaddrinfo = _guarded_getaddrinfo
