import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { runCli } from "../runCli.js";

const BIN = fileURLToPath(new URL("../../../bin/impasse.js", import.meta.url));
const root = mkdtempSync(join(tmpdir(), "impasse-serve-"));
const children = new Set<ChildProcess>();
afterEach(() => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  children.clear();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Server {
  url: string;
  child: ChildProcess;
  stdout: () => string;
  exited: Promise<number | null>;
}

/** Starts `impasse serve` as a child process and resolves once it prints its address. */
function startServer(args: string[]): Promise<Server> {
  const child = spawn(
    process.execPath,
    [BIN, "serve", "--port", "0", "--no-warm", "--log-level", "error", ...args],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  children.add(child);
  let out = "";
  let err = "";
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}\n${err}`)), 30_000);
    child.stderr?.on("data", (d: Buffer) => {
      err += d.toString();
    });
    child.stdout?.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({ url: m[1].replace("0.0.0.0", "127.0.0.1"), child, stdout: () => out, exited });
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}\n${err}`));
    });
  });
}

const YAML = (title: string) => `id: kill
title: ${title}
date: 2025-04-23
sources: {s1: {title: A source}}
parties: [{id: RU, name: Russia, kind: state, role: negotiator}]
`;

describe("impasse serve (child process)", () => {
  it("serve: every acknowledged save survives SIGKILL mid-write", async () => {
    const dataDir = join(root, "kill");
    const first = await startServer(["--data-dir", dataDir]);
    const writers = ["w1", "w2", "w3"];
    const acked = new Map<string, Map<number, string>>();
    for (const id of writers) {
      const res = await fetch(`${first.url}/api/scenarios?id=${id}`, {
        method: "POST",
        headers: { "content-type": "application/yaml" },
        body: YAML(`${id} v1`),
      });
      expect(res.status).toBe(201);
      const body = (await res.json()) as { version: { version: number; hash: string } };
      acked.set(id, new Map([[1, body.version.hash]]));
    }
    let stop = false;
    const loop = async (id: string) => {
      let version = 1;
      while (!stop) {
        try {
          const res = await fetch(`${first.url}/api/scenarios/${id}/versions`, {
            method: "POST",
            headers: { "content-type": "application/yaml", "if-match": `"${version}"` },
            body: YAML(`${id} v${version + 1}`),
          });
          if (res.status !== 201) throw new Error(`unexpected status ${res.status}`);
          const body = (await res.json()) as { version: { version: number; hash: string } };
          version = body.version.version;
          acked.get(id)?.set(version, body.version.hash);
        } catch {
          return; // the server is gone
        }
      }
    };
    const loops = writers.map(loop);
    // Kill once every writer has a few acknowledged saves, while requests are in flight.
    const deadline = Date.now() + 20_000;
    while ([...acked.values()].some((m) => m.size < 6) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
    }
    first.child.kill("SIGKILL");
    stop = true;
    await Promise.all(loops);
    await first.exited;
    const total = [...acked.values()].reduce((n, m) => n + m.size, 0);
    expect(total).toBeGreaterThanOrEqual(18);

    const second = await startServer(["--data-dir", dataDir]);
    for (const id of writers) {
      const res = await fetch(`${second.url}/api/scenarios/${id}/versions`);
      const { versions } = (await res.json()) as { versions: { version: number; hash: string }[] };
      const stored = new Map(versions.map((v) => [v.version, v.hash]));
      for (const [version, hash] of acked.get(id) ?? [])
        expect([id, version, stored.get(version)]).toEqual([id, version, hash]);
    }
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
  });

  it("serve: SIGTERM lets an in-flight request finish, then exits 0", async () => {
    const server = await startServer(["--data-dir", join(root, "term")]);
    const url = new URL(`${server.url}/api/scenarios?id=slow`);
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: `${url.pathname}${url.search}`,
          method: "POST",
          headers: { "content-type": "application/yaml" },
        },
        (res) => {
          let body = "";
          res.on("data", (d: Buffer) => {
            body += d.toString();
          });
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on("error", reject);
      const text = YAML("Slow upload");
      req.write(text.slice(0, 20));
      // The request is in flight (headers and part of the body sent) when SIGTERM arrives.
      setTimeout(() => server.child.kill("SIGTERM"), 300);
      setTimeout(() => req.end(text.slice(20)), 900);
    });
    const { status, body } = await response;
    expect(status).toBe(201);
    expect(JSON.parse(body)).toMatchObject({ id: "slow", version: { version: 1 } });
    expect(await server.exited).toBe(0);
    expect(server.stdout()).toContain("stopped");
  });

  it("serve --host 0.0.0.0 --token-file FILE: requires the bearer token except on health", async () => {
    const tokenFile = join(root, "token");
    writeFileSync(tokenFile, "0123456789abcdef-token\n");
    const server = await startServer([
      "--host",
      "0.0.0.0",
      "--token-file",
      tokenFile,
      "--data-dir",
      join(root, "tok"),
    ]);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    expect((await fetch(`${server.url}/api/scenarios`)).status).toBe(401);
    const ok = await fetch(`${server.url}/api/scenarios`, {
      headers: { authorization: "Bearer 0123456789abcdef-token" },
    });
    expect(ok.status).toBe(200);
    const { scenarios } = (await ok.json()) as { scenarios: { id: string }[] };
    expect(scenarios.map((s) => s.id)).toEqual(["london-2025"]);
    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
  });
});

describe("impasse serve (in process)", () => {
  it("serve on a port in use exits 1 with a message naming the address", async () => {
    const { createServer } = await import("node:net");
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as { port: number }).port;
    let err = "";
    const io = {
      stdout: () => undefined,
      stderr: (t: string) => {
        err += t;
      },
      isTTY: false,
      cwd: root,
    };
    try {
      const args = ["serve", "--port", String(port), "--no-warm", "--data-dir", join(root, "busy")];
      expect(await runCli(args, io)).toBe(1);
      expect(err).toContain(`cannot listen on 127.0.0.1:${port}: EADDRINUSE`);
    } finally {
      blocker.close();
    }
  });

  it("serve --host 0.0.0.0 without a token refuses to start (exit 2)", async () => {
    let err = "";
    const io = {
      stdout: () => undefined,
      stderr: (t: string) => {
        err += t;
      },
      isTTY: false,
      cwd: root,
    };
    expect(await runCli(["serve", "--host", "0.0.0.0", "--data-dir", join(root, "refused")], io)).toBe(2);
    expect(err).toContain("refusing to listen on 0.0.0.0 without an API token");
  });
});
