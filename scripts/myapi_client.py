"""Shared by the benchmark scripts: JSON calls to the API and starting the jar for a run."""
import json
import os
import subprocess
import time
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, "bootstrap/target/my-api.jar")


def call(base, method, path, body=None, token=None, timeout=30):
    """One request; returns (status, body bytes), also for 4xx/5xx answers."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method)
    if body is not None:
        request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def start_jar(env, port, java_opts=()):
    """Starts the jar on 127.0.0.1:port with env and waits (at most 60 s) until /health/ready answers 200."""
    app = subprocess.Popen(["java", *java_opts, "-jar", JAR, "--server.address=127.0.0.1"],
                           env=dict(os.environ, SERVER_PORT=str(port), **env),
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            if call(base, "GET", "/health/ready", timeout=1)[0] == 200:
                return app, base
        except OSError:
            pass
        time.sleep(0.1)
    app.terminate()
    raise SystemExit("the application did not become ready within 60 s")


def stop(app):
    """Stops the jar and waits for it."""
    app.terminate()
    app.wait(timeout=30)
