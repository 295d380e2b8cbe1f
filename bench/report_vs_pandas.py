"""Issue 8's benchmark, one command, one run: times `network-advisor report` against the pandas peer as whole
processes (alternating runs) at 2,500, 30,000 and 1,000,000 connections, compares startup settings of the CLI
(JIT build output, ReadyToRun publish, tiered-compilation switches, native AOT, GC settings), times the CLI reading
Connections.csv alone at each size, runs the BenchmarkDotNet throughput and phase benchmarks, and writes
docs/performance.md and its curve (docs/performance-curve.svg) from these measurements only.

Usage (repository root): python3 bench/report_vs_pandas.py [--runs 5] [--sizes 2500,30000,1000000] [--no-bdn]
Needs Debian's python3-pandas and python3-plotly (apt-get install python3-pandas python3-plotly) and /usr/bin/time.
"""
import argparse
import json
import math
import os
import platform
import statistics
import subprocess
import shutil
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLI_PROJECT = os.path.join(ROOT, "src", "NetworkAdvisor.Cli")
JIT_DLL = os.path.join(CLI_PROJECT, "bin", "Release", "net10.0", "network-advisor.dll")
PEER = os.path.join(ROOT, "bench", "peer", "pandas_report.py")


def timed(command, env=None):
    """Runs a command under /usr/bin/time; returns (seconds, peak RSS in MB)."""
    result = subprocess.run(["/usr/bin/time", "-f", "%e %M"] + command, capture_output=True, text=True, check=True,
                            env=dict(os.environ, **(env or {})))
    seconds, kilobytes = result.stderr.strip().splitlines()[-1].split()
    return float(seconds), int(kilobytes) / 1024


def rate(megabytes, seconds):
    """MB/s as the table shows it; /usr/bin/time counts hundredths of a second, so a shorter run has no rate."""
    return f"{megabytes / seconds:.0f}" if seconds > 0 else "(under 0.01 s)"


def curve_svg(points):
    """A log-log chart of wall time against connections, ours and the peer, as SVG text. points: (connections, ours s, peer s).
    A dashed line of slope 1 through our largest point is what linear cost would look like; dashed circles mark issue 8's
    targets (0.5x the peer at 30,000 connections, 0.25x at 1,000,000)."""
    width, height, left, right, top, bottom = 700, 360, 70, 170, 20, 50
    xs = [n for n, _, _ in points]
    ys = [t for _, o, p in points for t in (o, p) if t > 0]
    x_lo, x_hi = math.log10(min(xs)) - 0.15, math.log10(max(xs)) + 0.3
    y_lo, y_hi = math.floor(math.log10(min(ys))), math.ceil(math.log10(max(ys)))

    def x(n):
        return left + (math.log10(n) - x_lo) / (x_hi - x_lo) * (width - left - right)

    def y(t):
        return top + (y_hi - math.log10(max(t, 10 ** y_lo))) / (y_hi - y_lo) * (height - top - bottom)

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
           'font-family="sans-serif" font-size="12">',
           f'<rect width="{width}" height="{height}" fill="white"/>']
    for e in range(y_lo, y_hi + 1):
        out.append(f'<line x1="{left}" x2="{width - right}" y1="{y(10 ** e):.1f}" y2="{y(10 ** e):.1f}" stroke="#ddd"/>')
        out.append(f'<text x="{left - 6}" y="{y(10 ** e) + 4:.1f}" text-anchor="end">{10 ** e:g} s</text>')
    for n in xs:
        out.append(f'<line x1="{x(n):.1f}" x2="{x(n):.1f}" y1="{top}" y2="{height - bottom}" stroke="#eee"/>')
        out.append(f'<text x="{x(n):.1f}" y="{height - bottom + 18}" text-anchor="middle">{n:,}</text>')
    out.append(f'<text x="{(left + width - right) / 2:.1f}" y="{height - 10}" text-anchor="middle">connections (log scale)</text>')
    biggest = max(points)
    lo = min(xs)
    out.append(f'<line x1="{x(lo):.1f}" y1="{y(biggest[1] * lo / biggest[0]):.1f}" x2="{x(biggest[0]):.1f}" y2="{y(biggest[1]):.1f}" '
               'stroke="#888" stroke-dasharray="5,4"/>')
    for index, (name, colour) in enumerate([("ours (native report)", "#1f77b4"), ("pandas peer", "#d62728")]):
        series = [(n, t) for n, *times in sorted(points) for t in [times[index]]]
        path = " ".join(f"{x(n):.1f},{y(t):.1f}" for n, t in series)
        out.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
        for n, t in series:
            out.append(f'<circle cx="{x(n):.1f}" cy="{y(t):.1f}" r="4" fill="{colour}"/>')
            out.append(f'<text x="{x(n) + 7:.1f}" y="{y(t) + (14 if index == 0 else -6):.1f}" fill="{colour}">{t:.2f} s</text>')
        out.append(f'<text x="{width - right + 10}" y="{top + 20 + 18 * index}" fill="{colour}">{name}</text>')
    targets = {30000: 0.5, 1000000: 0.25}
    for n, _, p in points:
        if n in targets:
            out.append(f'<circle cx="{x(n):.1f}" cy="{y(p * targets[n]):.1f}" r="5" fill="none" stroke="#1f77b4" stroke-dasharray="2,2"/>')
            out.append(f'<text x="{x(n) - 8:.1f}" y="{y(p * targets[n]) + 4:.1f}" text-anchor="end" fill="#1f77b4">target {targets[n]}x</text>')
    out.append(f'<text x="{width - right + 10}" y="{top + 56}" fill="#888">linear from ours</text>')
    out.append(f'<text x="{width - right + 10}" y="{top + 70}" fill="#888">at {biggest[0]:,}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def dotnet_version():
    return subprocess.run(["dotnet", "--version"], capture_output=True, text=True, check=True).stdout.strip()


def python_package_version(name):
    code = f"import {name}; print({name}.__version__)"
    return subprocess.run(["/usr/bin/python3", "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="2500,30000,1000000")
    parser.add_argument("--no-bdn", action="store_true", help="skip the BenchmarkDotNet phases")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        r2r = os.path.join(work, "r2r")
        native = os.path.join(work, "native")
        subprocess.run(["dotnet", "build", "-c", "Release", CLI_PROJECT, "--nologo", "-v", "quiet"], check=True)
        subprocess.run(["dotnet", "publish", CLI_PROJECT, "-c", "Release", "-r", "linux-x64", "--self-contained", "false",
                        "-p:PublishReadyToRun=true", "-o", r2r, "--nologo", "-v", "quiet"], check=True)
        subprocess.run(["dotnet", "publish", CLI_PROJECT, "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true",
                        "-o", native, "--nologo", "-v", "quiet"], check=True)
        r2r_cmd = [os.path.join(r2r, "network-advisor")]
        ours_cmd = [os.path.join(native, "network-advisor")]

        rows, startup, parts, imports = [], [], [], []
        decomposed = None

        def measure(label, export, connections):
            """Times ours and the peer on one export, alternating runs; appends a row to the table."""
            files = {f: os.path.getsize(os.path.join(export, f)) for f in os.listdir(export)}
            csv_mb = files["Connections.csv"] / 1e6
            all_mb = sum(files.values()) / 1e6
            summary = subprocess.run(ours_cmd + ["summary", export, "--format", "json"], capture_output=True, text=True, check=True)
            messages = json.loads(summary.stdout)["messages"]
            command = ["report", export, "--goal", "sales-pipeline", "--as-of", "2026-11-01", "-o", os.path.join(work, "ours.html"), "--force"]
            peer_cmd = ["/usr/bin/python3", PEER, os.path.join(export, "Connections.csv"), os.path.join(work, "peer.html")]
            ours, peer = [], []
            for _ in range(args.runs):
                ours.append(timed(ours_cmd + command))
                peer.append(timed(peer_cmd))
            o_time = statistics.median(t for t, _ in ours)
            p_time = statistics.median(t for t, _ in peer)
            rows.append((label, csv_mb, all_mb, messages, o_time, p_time, o_time / p_time, max(m for _, m in ours), max(m for _, m in peer),
                         connections))
            print(f"{label:>9}: ours {o_time:.2f} s, pandas {p_time:.2f} s, ratio {o_time / p_time:.2f}", flush=True)
            return command

        def decompose(export, size):
            """Where the largest report's time goes: ours doing less of it on the same export, as whole processes."""
            no_messages = export + "-no-messages"
            os.makedirs(no_messages)
            for name in os.listdir(export):
                if name != "messages.csv":
                    shutil.copy2(os.path.join(export, name), no_messages)
            report_row = rows[-1]
            commands = [
                ("`summary`: reads every file (messages without their text, as `report` does), no analysis",
                 ["summary", export, "--format", "json"]),
                ("`segments --by company`: reads Connections.csv and Positions.csv, classifies, one mix",
                 ["segments", export, "--by", "company", "--format", "json"]),
                ("`report` on the same export without messages.csv",
                 ["report", no_messages, "--goal", "sales-pipeline", "--as-of", "2026-11-01", "-o", os.path.join(work, "parts.html"), "--force"]),
            ]
            parts.append((f"`report`: everything (the row above)", report_row[4], report_row[7]))
            for name, command in commands:
                times = [timed(ours_cmd + command) for _ in range(args.runs)]
                parts.append((name, statistics.median(t for t, _ in times), max(m for _, m in times)))
                print(f"  {name}: {parts[-1][1]:.2f} s", flush=True)
            return size, report_row[5]

        def measure_import(export, connections):
            """Times the CLI reading Connections.csv alone (`summary` of the file) as whole processes; appends a row."""
            path = os.path.join(export, "Connections.csv")
            times = [timed(ours_cmd + ["summary", path, "--format", "json"]) for _ in range(args.runs)]
            median = statistics.median(t for t, _ in times)
            imports.append((connections, os.path.getsize(path) / 1e6, median, max(m for _, m in times)))
            print(f"  import {connections:,}: {median:.2f} s, {rate(imports[-1][1], median)} MB/s", flush=True)

        sizes = [int(s) for s in args.sizes.split(",")]
        for size in sizes:
            export = os.path.join(work, f"export-{size}")
            subprocess.run(ours_cmd + ["sample", "-o", export, "--connections", str(size), "--seed", "8", "--as-of", "2026-11-01"],
                           check=True, capture_output=True)
            report = measure(f"{size:,}", export, size)
            measure_import(export, size)
            if size == max(sizes) and size > 30000:
                decomposed = decompose(export, size)
            if size == 30000:
                # The issue expects about 150,000 messages at the cap; our generator writes about 50,000. This variant
                # repeats the rows of messages.csv three times (same people, three times the messages to read and match).
                heavy = export + "-messages-x3"
                shutil.copytree(export, heavy)
                with open(os.path.join(export, "messages.csv"), encoding="utf-8", newline="") as f:
                    header, body = f.read().split("\n", 1)
                line_end = "\r\n" if header.endswith("\r") else "\n"
                body = body if body.endswith(("\n", "\r")) else body + line_end
                with open(os.path.join(heavy, "messages.csv"), "w", encoding="utf-8", newline="") as f:
                    f.write(header + "\n" + body * 3)
                measure("30,000, messages x3", heavy, size)

            if size == 30000:
                variants = [
                    ("JIT (dotnet build output, as `dotnet run` uses)", ["dotnet", JIT_DLL], {}),
                    ("ReadyToRun publish", r2r_cmd, {}),
                    ("ReadyToRun, 256 MB gen0 budget (DOTNET_GCgen0size=10000000)", r2r_cmd, {"DOTNET_GCgen0size": "10000000"}),
                    ("ReadyToRun, TieredPGO off", r2r_cmd, {"DOTNET_TieredPGO": "0"}),
                    ("ReadyToRun, tiered compilation off", r2r_cmd, {"DOTNET_TieredCompilation": "0"}),
                    ("ReadyToRun code ignored (DOTNET_ReadyToRun=0)", r2r_cmd, {"DOTNET_ReadyToRun": "0"}),
                    ("Native AOT publish (trimmed, precompiled; measured above)", ours_cmd, {}),
                    ("Native AOT, default gen0 budget (DOTNET_GCgen0size=0)", ours_cmd, {"DOTNET_GCgen0size": "0"}),
                    ("Native AOT, background GC off (DOTNET_gcConcurrent=0)", ours_cmd, {"DOTNET_gcConcurrent": "0"}),
                    ("Native AOT, no no-collection region (NETWORK_ADVISOR_GC=default)", ours_cmd, {"NETWORK_ADVISOR_GC": "default"}),
                ]
                for name, command, env in variants:
                    times = [timed(command + report, env) for _ in range(args.runs)]
                    startup.append((name, statistics.median(t for t, _ in times), max(m for _, m in times)))
                    print(f"  {name}: {startup[-1][1]:.2f} s", flush=True)
                for name, command in [("ReadyToRun", r2r_cmd), ("Native AOT", ours_cmd)]:
                    help_times = [timed(command + ["--help"])[0] for _ in range(args.runs)]
                    startup.append((f"{name}, `--help` only (process start)", statistics.median(help_times), 0))

        bdn = []
        if not args.no_bdn:
            result = subprocess.run(["dotnet", "run", "-c", "Release", "--project", os.path.join(ROOT, "bench", "NetworkAdvisor.Benchmarks"), "--", "all"],
                                    capture_output=True, text=True, check=True)
            summary = result.stdout.split("== NetworkAdvisor throughput", 1)[-1].splitlines()[1:]
            bdn = [line for line in summary if line.strip()]

    lines = [
        "# Performance: `network-advisor report` against a pandas + Plotly peer",
        "",
        "Generated by `python3 bench/report_vs_pandas.py` from one run; every number in the tables, the curve and the",
        "BenchmarkDotNet lines comes from that run (the prose explaining the settings kept cites earlier measurements).",
        f"Machine: {os.cpu_count()} cores, {platform.platform()}. .NET SDK {dotnet_version()}; Python {platform.python_version()}, "
        f"pandas {python_package_version('pandas')}, plotly {python_package_version('plotly')}.",
        "",
        "## Whole processes, side by side",
        "",
        f"Medians of {args.runs} alternating runs; peak RSS is the largest of the runs (`/usr/bin/time`). Exports made by our generator",
        "(`network-advisor sample --seed 8 --as-of 2026-11-01`). Ours: the native (AOT) publish of the CLI running the full report",
        "(read every file of the export, classify, every analysis, 9 charts, one offline HTML file with plotly.js). The peer",
        "(`bench/peer/pandas_report.py`) reads Connections.csv only, parses the dates, counts top companies and positions and",
        "monthly adds with a cumulative sum, and writes one HTML page with plotly.js inlined.",
        "",
        "| connections | Connections.csv MB | whole export MB | messages | ours median s | pandas median s | ours / pandas | ours ms per 1,000 connections | pandas ms per 1,000 | ours peak MB | pandas peak MB |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for label, mb, all_mb, messages, o, p, ratio, om, pm, connections in rows:
        per_1000 = 1000 * 1000 / connections
        lines.append(f"| {label} | {mb:.1f} | {all_mb:.1f} | {messages:,} | {o:.2f} | {p:.2f} | {ratio:.2f} | {o * per_1000:.1f} | {p * per_1000:.1f} | {om:.0f} | {pm:.0f} |")
    lines += [
        "",
        "The row \"30,000, messages x3\" is the 30,000-connection export with the rows of messages.csv repeated three times:",
        "the issue expects about 150,000 messages at LinkedIn's cap, and our generator writes about a third of that.",
        "",
        "Targets (issue 8): at most 0.5x the peer at 30,000 connections; at most 0.25x at 1,000,000 with peak memory no higher;",
        "cost growing linearly (the milliseconds per 1,000 connections should stay flat, or fall, once start-up is paid).",
        "",
    ]
    curve = [(connections, o, p) for label, _, _, _, o, p, _, _, _, connections in rows if label == f"{connections:,}"]
    if len(curve) > 1:
        with open(os.path.join(ROOT, "docs", "performance-curve.svg"), "w", encoding="utf-8") as f:
            f.write(curve_svg(curve))
        lines += [
            "![Wall time against connections, log-log: ours and the pandas peer; a dashed line shows linear cost](performance-curve.svg)",
            "",
            "The curve (`docs/performance-curve.svg`, drawn by the benchmark from the medians above): on log-log axes linear cost",
            "is a line of slope 1, dashed through our largest run; a point above it at a smaller size is start-up and fixed cost.",
            "",
        ]
    if imports:
        lines += [
            "## Import of Connections.csv, whole processes (same run, same exports)",
            "",
            f"`network-advisor summary <export>/Connections.csv --format json` (native), medians of {args.runs}: the process starts,",
            "reads the file (mapped when 1 MB or more), checks and counts every row and prints the summary. MB/s is the file's",
            "size over the whole process's wall time, start-up and output included (at 2,500 connections start-up is most of it).",
            "Target (issue 8): import at least 200 MB/s of Connections.csv. The library's own figures, in process, are below.",
            "",
            "| connections | Connections.csv MB | median s | MB/s | peak MB |",
            "|---:|---:|---:|---:|---:|",
        ]
        lines += [f"| {n:,} | {mb:.1f} | {s:.2f} | {rate(mb, s)} | {m:.0f} |" for n, mb, s, m in imports]
        lines.append("")
    if decomposed:
        size, peer_time = decomposed
        lines += [
            f"## Where the time goes at {size:,} connections (same run, same export)",
            "",
            f"Ours doing less of the report's work, as whole processes (medians of {args.runs}); the last column divides by the",
            f"peer's median above ({peer_time:.2f} s), which reads Connections.csv only. The report also reads and matches every message,",
            "classifies every connection and runs every analysis; the rows show how much of its time each part takes.",
            "",
            "| ours (native) | median s | peak MB | / pandas |",
            "|---|---:|---:|---:|",
        ]
        lines += [f"| {name} | {s:.2f} | {m:.0f} | {s / peer_time:.2f} |" for name, s, m in parts]
        lines.append("")
    if startup:
        lines += [
            "## Startup settings (30,000 connections, same export)",
            "",
            "| CLI build | median s | peak MB |",
            "|---|---:|---:|",
        ]
        lines += [f"| {name} | {s:.2f} | {m:.0f} |" if m else f"| {name} | {s:.2f} | |" for name, s, m in startup]
        lines += [
            "",
            "Kept: the native AOT publish (`dotnet publish src/NetworkAdvisor.Cli -c Release -r linux-x64 -p:PublishAot=true`),",
            "which is trimmed and compiled ahead of time, so no time goes to the JIT; it needs the chart JSON written without",
            "Plotly.NET's dynamic (Newtonsoft/DLR) serialisation and the CLI's JSON from source-generated metadata, and a test",
            "compares its report and JSON with the JIT build's byte for byte. Its GC gets a 256 MB gen0 budget (compiled in):",
            "the report keeps nearly everything it reads, so small budgets mean collection after collection copying survivors.",
            "For the same reason the CLI reads and analyses an export of up to 64 MB in a no-collection region (64 MB plus 8 bytes",
            "per byte of the export; past it the collector runs as usual). A larger one runs with background collection off, read",
            "and analysed in one no-collection region of 3.5 bytes per byte of the export (reading allocates about 1.35, the",
            "analysis and the report about 1.05) or, when more, of 64 MB plus 8 bytes per byte of Connections.csv and 1.5 per",
            "byte of the other files (a connection costs far more memory per byte than a message row: a million connections",
            "without messages allocate 882 MB for 118 MB); the files' bytes stay outside the managed heap and are given back",
            "once parsed: a file of 1 MB or more is mapped into memory rather than read (no copy, no zeroed memory to fill;",
            "the million-connection report spent 1.5 s in the kernel before, 0.95 s after).",
            "The CLI reads messages without their title, subject and content, which no command shows (every row is still read,",
            "checked and counted).",
            "Tiered-compilation switches only matter to the JIT builds; `dotnet run` and the dotnet tool keep the defaults.",
            "",
        ]
    if bdn:
        lines += ["## Library phases (BenchmarkDotNet, in process, JIT, means; import and classification use every core)", "", "```"] + bdn + ["```", ""]
    with open(os.path.join(ROOT, "docs", "performance.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    main()
