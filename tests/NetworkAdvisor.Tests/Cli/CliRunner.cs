using NetworkAdvisor.Cli;

namespace NetworkAdvisor.Tests.Cli;

/// <summary>Runs the CLI in-process with captured output and a fixed clock.</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Err) Run(params string[] args) => RunWithInput(string.Empty, args);

    public static (int Exit, string Out, string Err) RunWithInput(string stdin, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(args, new StringReader(stdin), stdout, stderr, new FixedTime(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero)));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
