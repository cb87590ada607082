"""The servers under test: each one uvicorn worker in a process of its own."""

import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import closing, contextmanager

HOST = "127.0.0.1"
START_TIMEOUT_SECONDS = 30.0

# Modules run with ``python -m``; each serves on the HOST and PORT of its environment.
LEADHUB = ("leadhub", "serve")  # the production command
BARE = ("bench.bare_app",)


class ServerFailed(RuntimeError):
    """A server exited, or never listened."""


@contextmanager
def serving(module: Sequence[str], environment: Mapping[str, str]) -> Iterator[str]:
    """Run ``python -m module`` until the block ends; yields its base URL once it listens."""
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", *module], env={**environment, "HOST": HOST, "PORT": str(port)}
    )
    try:
        _wait_until_listening(process, port, name=" ".join(module))
        yield f"http://{HOST}:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _free_port() -> int:
    with closing(socket.socket()) as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


def _wait_until_listening(process: subprocess.Popen[bytes], port: int, name: str) -> None:
    # uvicorn listens only once the application's startup has finished.
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServerFailed(f"{name} exited with {process.returncode}")
        try:
            socket.create_connection((HOST, port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise ServerFailed(f"{name} did not listen on port {port} in time")
