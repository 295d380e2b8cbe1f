using System.Diagnostics;

namespace NetworkAdvisor.Tests.Reports;

/// <summary>Runs Debian's headless Chromium with no network, as a user's browser would open the report offline.</summary>
internal static class Chromium
{
    public static string? Path { get; } = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists);

    /// <summary>Loads the file, lets scripts run, and returns the DOM and everything the browser logged.</summary>
    public static (string Dom, string Log) DumpDom(string file) => Run(file, "--dump-dom");

    /// <summary>Takes a full-page screenshot.</summary>
    public static void Screenshot(string file, string png) => Run(file, $"--screenshot={png}", "--window-size=1280,4000");

    private static (string Dom, string Log) Run(string file, params string[] extra)
    {
        var profile = Directory.CreateTempSubdirectory("na-chromium-");
        try
        {
            var start = new ProcessStartInfo(Path ?? throw new InvalidOperationException("Chromium is not installed (apt-get install chromium)."))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic", "--enable-logging=stderr", "--v=0",
                "--virtual-time-budget=15000", "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
                $"--user-data-dir={profile.FullName}",
            }.Concat(extra).Append(new Uri(file).AbsoluteUri))
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("Chromium did not finish within 90 s.");
            }

            return (stdout.Result, stderr.Result);
        }
        finally
        {
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
