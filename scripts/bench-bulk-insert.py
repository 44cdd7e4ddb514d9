#!/usr/bin/env python3
"""Bulk insert versus single creates, on PostgreSQL, through the real HTTP API.

Creates a fresh database (myapi_bench, dropped afterwards), starts the jar on it in development
mode (so the first start creates admin@localhost, who holds MANAGER), then times
POST /api/v1/products/bulk with N products against N sequential POST /api/v1/products.

Usage: python3 scripts/bench-bulk-insert.py [--count 1000] [--port 18091]
Needs bootstrap/target/my-api.jar (mvn -B -DskipTests package) and PostgreSQL on 127.0.0.1:5432
with the myapi_test role (bash scripts/create-test-database.sh).
"""
import argparse
import json
import os
import shutil
import subprocess
import tempfile
import time
import uuid

from myapi_client import call, start_jar, stop

PSQL = ["psql", "-h", "127.0.0.1", "-p", "5432", "-U", "postgres", "-q", "-v", "ON_ERROR_STOP=1"]


def product(prefix, i):
    return {"sku": f"{prefix}-{i}", "name": f"Bench product {i}", "description": "benchmark",
            "price": {"amount": "9.99", "currency": "EUR"}, "stock": 100}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--port", type=int, default=18091)
    args = parser.parse_args()
    subprocess.run(PSQL + ["-c", "DROP DATABASE IF EXISTS myapi_bench"], check=True)
    subprocess.run(PSQL + ["-c", "CREATE DATABASE myapi_bench OWNER myapi_test"], check=True)
    data_dir = tempfile.mkdtemp(prefix="myapi-bench-")
    app, base = start_jar({"MYAPI_DATA_DIR": data_dir,
                           "MYAPI_DATABASE_URL": "jdbc:postgresql://127.0.0.1:5432/myapi_bench",
                           "MYAPI_DATABASE_USERNAME": "myapi_test", "MYAPI_DATABASE_PASSWORD": "myapi_test"}, args.port)
    try:
        with open(os.path.join(data_dir, "initial-admin-password")) as f:
            password = f.read().strip()
        status, body = call(base, "POST", "/api/v1/auth/login", {"email": "admin@localhost", "password": password})
        assert status == 200, body
        token = json.loads(body)["access_token"]
        # Warm-up: both paths once, so neither pays class loading or JIT alone.
        call(base, "POST", "/api/v1/products/bulk", {"items": [product("WARM-B", i) for i in range(50)]}, token)
        for i in range(50):
            call(base, "POST", "/api/v1/products", product("WARM-S", i), token)

        bulk_prefix = "B" + uuid.uuid4().hex[:8].upper()
        started = time.perf_counter()
        status, body = call(base, "POST", "/api/v1/products/bulk", {"items": [product(bulk_prefix, i) for i in range(args.count)]}, token)
        bulk = time.perf_counter() - started
        assert status == 201, body

        single_prefix = "S" + uuid.uuid4().hex[:8].upper()
        started = time.perf_counter()
        for i in range(args.count):
            status, body = call(base, "POST", "/api/v1/products", product(single_prefix, i), token)
            assert status == 201, body
        single = time.perf_counter() - started
        print(f"products={args.count} database=PostgreSQL cpus={os.cpu_count()}")
        print(f"bulk (one request):     {bulk:.3f} s")
        print(f"single (one by one):    {single:.3f} s")
        print(f"speed-up:               {single / bulk:.1f}x")
    finally:
        stop(app)
        shutil.rmtree(data_dir, ignore_errors=True)
        subprocess.run(PSQL + ["-c", "DROP DATABASE IF EXISTS myapi_bench"], check=False)


if __name__ == "__main__":
    main()
