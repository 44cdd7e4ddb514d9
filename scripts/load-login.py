#!/usr/bin/env python3
"""Login load test: N concurrent logins for D seconds against a fresh embedded instance, while one
client measures the latency of a cheap authenticated endpoint (GET /api/v1/me).

Prints login throughput (200s per second, and how many 401/503 answers), the p50/p99/max of
GET /api/v1/me measured at the same time, and the peak RSS (VmHWM) of the java process.

Usage: [JAVA_OPTS=-Xmx512m] python3 scripts/load-login.py [--concurrency 20] [--seconds 30] [--port 18090]
Needs bootstrap/target/my-api.jar (mvn -B -DskipTests package).
"""
import argparse
import json
import os
import shutil
import statistics
import tempfile
import threading
import time

from myapi_client import call, start_jar, stop

PASSWORD = "Violet-Orbit-42-Tundra"


def peak_rss_mib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--port", type=int, default=18090)
    args = parser.parse_args()
    data_dir = tempfile.mkdtemp(prefix="myapi-load-")
    app, base = start_jar({"MYAPI_DATA_DIR": data_dir}, args.port, os.environ.get("JAVA_OPTS", "").split())
    try:
        users = [f"load-{i}@example.com" for i in range(args.concurrency)]
        for email in users:
            status, body = call(base, "POST", "/api/v1/auth/register",
                                {"email": email, "password": PASSWORD, "display_name": "Bench User"})
            assert status == 201, body
        status, body = call(base, "POST", "/api/v1/auth/login", {"email": users[0], "password": PASSWORD})
        assert status == 200, body
        token = json.loads(body)["access_token"]

        deadline = time.monotonic() + args.seconds
        outcomes = {}
        lock = threading.Lock()
        latencies = []

        def log_in(email):
            while time.monotonic() < deadline:
                code = call(base, "POST", "/api/v1/auth/login", {"email": email, "password": PASSWORD})[0]
                with lock:
                    outcomes[code] = outcomes.get(code, 0) + 1

        def probe():
            while time.monotonic() < deadline:
                started = time.perf_counter()
                code = call(base, "GET", "/api/v1/me", token=token)[0]
                latencies.append((time.perf_counter() - started) * 1000)
                assert code == 200, code
                time.sleep(0.01)

        threads = [threading.Thread(target=log_in, args=(email,)) for email in users] + [threading.Thread(target=probe)]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
        latencies.sort()
        p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
        print(f"concurrency={args.concurrency} seconds={elapsed:.1f} cpus={os.cpu_count()}")
        print(f"logins: ok={outcomes.get(200, 0)} ({outcomes.get(200, 0) / elapsed:.1f}/s) "
              f"busy_503={outcomes.get(503, 0)} other={ {k: v for k, v in outcomes.items() if k not in (200, 503)} }")
        print(f"GET /api/v1/me during the load: n={len(latencies)} p50={statistics.median(latencies):.1f} ms "
              f"p99={p99:.1f} ms max={latencies[-1]:.1f} ms")
        print(f"peak RSS (VmHWM): {peak_rss_mib(app.pid):.0f} MiB")
    finally:
        stop(app)
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
